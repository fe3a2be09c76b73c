// The form's string values become exactly the body the shared schema expects for each kind.
import { describe, expect, it } from 'vitest';
import { aCredential } from '../testing/fixtures';
import {
  applicationBodyOf,
  applicationSchema,
  applicationValuesOf,
  emptyApplication,
} from './applicationValues';

describe('the application body', () => {
  it("sends only a professional's fields, with the specialties as a list and no empty note", () => {
    const values = {
      ...emptyApplication('professional', 'ES'),
      profession: 'physician',
      specialties: 'cardiology,nephrology',
      licenceNumber: 'MED-1',
      issuingAuthority: 'Colegio de Médicos',
      school: 'left over from the other kind',
    };
    expect(applicationBodyOf(values)).toEqual({
      kind: 'professional',
      profession: 'physician',
      specialties: ['cardiology', 'nephrology'],
      licenceNumber: 'MED-1',
      issuingAuthority: 'Colegio de Médicos',
      country: 'ES',
    });
  });

  it("sends a student's graduation year as a number", () => {
    const values = {
      ...emptyApplication('student', 'GB'),
      program: 'medicine',
      school: 'University of Leeds',
      studentId: 'S-1234',
      expectedGraduationYear: ' 2028 ',
      note: 'Third year.',
    };
    const parsed = applicationSchema.safeParse(values);
    expect(parsed.success).toBe(true);
    expect(applicationBodyOf(values)).toMatchObject({
      expectedGraduationYear: 2028,
      specialties: [],
    });
  });

  it('names the specialties when a professional chose none', () => {
    const values = {
      ...emptyApplication('professional', 'ES'),
      profession: 'physician',
      licenceNumber: 'MED-1',
      issuingAuthority: 'Colegio de Médicos',
    };
    const parsed = applicationSchema.safeParse(values);
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    expect(parsed.error.issues.map((issue) => issue.path[0])).toEqual(['specialties']);
  });

  it('prefills a correction from the application as it stands', () => {
    const credential = aCredential({
      specialties: [
        { code: 'cardiology', name: 'Cardiology' },
        { code: 'nephrology', name: 'Nephrology' },
      ],
      note: 'Registered since 2010.',
    });
    const values = applicationValuesOf(credential);
    expect(values).toMatchObject({
      kind: 'professional',
      profession: 'physician',
      specialties: 'cardiology,nephrology',
      licenceNumber: 'MED-12345',
      country: 'ES',
      note: 'Registered since 2010.',
    });
    expect(applicationSchema.safeParse(values).success).toBe(true);
  });
});
