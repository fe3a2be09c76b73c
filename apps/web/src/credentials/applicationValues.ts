// The application form's values (all strings, as inputs hold them) and how they become the
// request body the shared schema checks: only the fields of the chosen kind, numbers as numbers.
import { CredentialApplicationBodySchema } from '@consilium/api';
import type { CredentialApplicationBody, CredentialKind, CredentialView } from '@consilium/api';
import type { FormSchema } from '../forms/fieldProblems';
import { joinSpecialtyCodes, specialtyCodesOf } from '../specialties/specialtyCodes';

export type ApplicationValues = Record<
  | 'kind'
  | 'profession'
  | 'specialties'
  | 'licenceNumber'
  | 'issuingAuthority'
  | 'program'
  | 'school'
  | 'studentId'
  | 'expectedGraduationYear'
  | 'country'
  | 'note',
  string
>;

export type ApplicationField = keyof ApplicationValues;

/** Sends an application (a new one, or one corrected); answers it as it now stands. */
export type SaveApplication = (body: CredentialApplicationBody) => Promise<CredentialView>;

export function emptyApplication(kind: CredentialKind, country: string | null): ApplicationValues {
  return {
    kind,
    profession: '',
    specialties: '',
    licenceNumber: '',
    issuingAuthority: '',
    program: '',
    school: '',
    studentId: '',
    expectedGraduationYear: '',
    country: country ?? '',
    note: '',
  };
}

/** The values of an application as it stands, to correct and send again. */
export function applicationValuesOf(credential: CredentialView): ApplicationValues {
  return {
    kind: credential.kind,
    profession: credential.profession ?? '',
    specialties: joinSpecialtyCodes(credential.specialties.map((specialty) => specialty.code)),
    licenceNumber: credential.licenceNumber ?? '',
    issuingAuthority: credential.issuingAuthority ?? '',
    program: credential.program ?? '',
    school: credential.school ?? '',
    studentId: credential.studentId ?? '',
    expectedGraduationYear:
      credential.expectedGraduationYear === null ? '' : String(credential.expectedGraduationYear),
    country: credential.country,
    note: credential.note ?? '',
  };
}

function yearOf(value: string): number | undefined | string {
  const trimmed = value.trim();
  if (trimmed === '') return undefined;
  return /^\d{1,6}$/.test(trimmed) ? Number(trimmed) : trimmed;
}

/** The body for the chosen kind; an empty note is left out. */
export function applicationBodyOf(values: ApplicationValues): Record<string, unknown> {
  const note = values.note.trim() === '' ? {} : { note: values.note };
  const specialties = specialtyCodesOf(values.specialties);
  if (values.kind === 'student') {
    return {
      kind: 'student',
      program: values.program,
      school: values.school,
      studentId: values.studentId,
      expectedGraduationYear: yearOf(values.expectedGraduationYear),
      country: values.country,
      specialties,
      ...note,
    };
  }
  return {
    kind: values.kind,
    profession: values.profession,
    specialties,
    licenceNumber: values.licenceNumber,
    issuingAuthority: values.issuingAuthority,
    country: values.country,
    ...note,
  };
}

export const applicationSchema: FormSchema<CredentialApplicationBody> = {
  safeParse: (values) =>
    CredentialApplicationBodySchema.safeParse(applicationBodyOf(values as ApplicationValues)),
};
