// Words for credentials in the reader's language: professions, programmes, statuses, events and
// the badge line ("Verified physician · Cardiology, Nephrology"). Specialty names stay English.
import type { TFunction } from 'i18next';
import type { CredentialEvent, CredentialKind, CredentialStatus } from '@consilium/api';
import { specialtyName } from '@consilium/core';
import type { Profession, StudyProgram } from '@consilium/core';

/** What a credential is about, as the badge, the queue and the review show it. */
export interface CredentialSubject {
  kind: CredentialKind;
  profession: Profession | null;
  program: StudyProgram | null;
  specialties: readonly { code: string; name: string }[];
}

export function professionName(t: TFunction, profession: Profession): string {
  return t(`credentials.professions.${profession}`);
}

export function programName(t: TFunction, program: StudyProgram): string {
  return t(`credentials.programs.${program}`);
}

export function kindName(t: TFunction, kind: CredentialKind): string {
  return t(`credentials.kinds.${kind}`);
}

export function statusName(t: TFunction, status: CredentialStatus): string {
  return t(`credentials.statuses.${status}`);
}

export function eventName(t: TFunction, action: CredentialEvent['action']): string {
  return t(`credentials.events.${action}`);
}

/** "Cardiology, Nephrology": the taxonomy's names (the server's, if the taxonomy lacks one). */
export function specialtyNames(specialties: CredentialSubject['specialties']): string {
  return specialties
    .map(({ code, name }) => {
      const known = specialtyName(code);
      return known === code ? name : known;
    })
    .join(', ');
}

/** "Professional · Physician" or "Student · Medicine". */
export function subjectTitle(t: TFunction, subject: CredentialSubject): string {
  const what =
    subject.kind === 'professional'
      ? subject.profession && professionName(t, subject.profession)
      : subject.program && programName(t, subject.program);
  return what ? `${kindName(t, subject.kind)} · ${what}` : kindName(t, subject.kind);
}

/** "Verified physician · Cardiology, Nephrology" or "Verified student · Medicine". */
export function badgeLine(t: TFunction, subject: CredentialSubject): string {
  const parts: string[] = [];
  if (subject.kind === 'professional') {
    parts.push(
      subject.profession === null
        ? t('badges.professional')
        : t(`badges.professions.${subject.profession}`),
    );
  } else {
    parts.push(t('badges.student'));
    if (subject.program !== null) parts.push(programName(t, subject.program));
  }
  if (subject.specialties.length > 0) parts.push(specialtyNames(subject.specialties));
  return parts.join(' · ');
}

/** Whole days from now until a moment (negative once it has passed). */
export function daysUntil(iso: string, now: Date): number {
  return Math.ceil((new Date(iso).getTime() - now.getTime()) / (24 * 3600 * 1000));
}

/** Within this many days of its end, a verification should be renewed. */
export const RENEWAL_WINDOW_DAYS = 60;
