import { describe, expect, it } from 'vitest';
import {
  isStepComplete,
  missingSteps,
  PatientQuestionnaireDraftSchema,
  PatientQuestionnaireSchema,
  SymptomSchema,
  SymptomsStepSchema,
} from './questionnaire.js';

const symptom = {
  description: 'Evening fever',
  severity: 6,
  onsetAgo: { value: 3, unit: 'weeks' },
};

describe('the patient questionnaire', () => {
  it('takes when a symptom started as a date or as how long ago, not both', () => {
    expect(SymptomSchema.safeParse(symptom).success).toBe(true);
    expect(
      SymptomSchema.safeParse({ ...symptom, onsetAgo: undefined, onsetDate: '2026-01-02' }).success,
    ).toBe(true);
    const both = SymptomSchema.safeParse({ ...symptom, onsetDate: '2026-01-02' });
    expect(both.error?.issues[0]?.path).toEqual(['onsetDate']);
    expect(both.error?.issues[0]?.message).toBe(
      'Say when it started either as a date or as how long ago, not both',
    );
  });

  it('accepts a symptom whose onset and severity are not known ("not sure")', () => {
    const unsure = { description: 'Evening fever', hpo: { id: 'HP:0001945', label: 'Fever' } };
    expect(SymptomSchema.safeParse(unsure).error).toBeUndefined();
    expect(SymptomSchema.safeParse({ ...unsure, severity: 11 }).success).toBe(false);
  });

  it('keeps findings checked and not present beside the symptoms, coded or not', () => {
    const step = {
      symptoms: [symptom],
      ruledOutFindings: [
        { description: 'Seizure', hpo: { id: 'HP:0001250', label: 'Seizure' } },
        { description: 'No rash' },
      ],
    };
    expect(SymptomsStepSchema.safeParse(step).error).toBeUndefined();
    const draft = { version: 1, symptoms: { ruledOutFindings: step.ruledOutFindings } };
    expect(PatientQuestionnaireDraftSchema.safeParse(draft).error).toBeUndefined();
    const badCode = { ...step, ruledOutFindings: [{ description: 'Seizure', hpo: { id: 'X' } }] };
    expect(SymptomsStepSchema.safeParse(badCode).error?.issues[0]?.path).toEqual([
      'ruledOutFindings',
      0,
      'hpo',
      'id',
    ]);
    const tooMany = { ...step, ruledOutFindings: Array(201).fill({ description: 'Seizure' }) };
    expect(SymptomsStepSchema.safeParse(tooMany).error?.issues[0]?.message).toBe(
      'List at most 200 findings checked and not present',
    );
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
