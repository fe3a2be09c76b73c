import { describe, expect, it } from 'vitest';
import {
  isStepComplete,
  missingSteps,
  PatientQuestionnaireDraftSchema,
  PatientQuestionnaireSchema,
  SymptomSchema,
} from './questionnaire.js';

const symptom = {
  description: 'Evening fever',
  severity: 6,
  onsetAgo: { value: 3, unit: 'weeks' },
};

describe('the patient questionnaire', () => {
  it('asks when a symptom started: a date or how long ago, not both and not neither', () => {
    expect(SymptomSchema.safeParse(symptom).success).toBe(true);
    expect(
      SymptomSchema.safeParse({ ...symptom, onsetAgo: undefined, onsetDate: '2026-01-02' }).success,
    ).toBe(true);
    const both = SymptomSchema.safeParse({ ...symptom, onsetDate: '2026-01-02' });
    expect(both.error?.issues[0]?.path).toEqual(['onsetDate']);
    expect(SymptomSchema.safeParse({ ...symptom, onsetAgo: undefined }).success).toBe(false);
  });

  it('refuses impossible values in drafts as well as in complete questionnaires', () => {
    const draft = { version: 1, symptoms: { symptoms: [{ ...symptom, severity: 11 }] } };
    const result = PatientQuestionnaireDraftSchema.safeParse(draft);
    expect(result.error?.issues[0]?.message).toBe('Severity must be from 0 to 10');
  });

  it('lists the required steps a draft lacks, in order', () => {
    const draft = {
      version: 1 as const,
      about: { ageBand: '18-29' as const, sex: 'male' as const, country: 'MX' as const },
      complaint: { title: 'Tired' },
    };
    expect(missingSteps(draft)).toEqual(['complaint', 'symptoms', 'question']);
    expect(isStepComplete(draft, 'about')).toBe(true);
    expect(isStepComplete(draft, 'history')).toBe(true);
    expect(PatientQuestionnaireSchema.safeParse(draft).success).toBe(false);
  });
});
