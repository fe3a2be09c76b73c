// The fields of an application for each kind: a professional's licence, a student's enrolment.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { PROFESSIONS, STUDY_PROGRAMS } from '@consilium/core';
import { CountryField } from '../accounts/profileFields';
import { SelectField } from '../forms/SelectField';
import { TextField } from '../forms/TextField';
import type { FieldBinding } from '../forms/useSchemaForm';
import type { ApplicationField } from './applicationValues';
import { professionName, programName } from './credentialLabels';
import { SpecialtyPicker } from '../specialties/SpecialtyPicker';

type Bind = (field: ApplicationField) => FieldBinding;

export function ProfessionalFields({ bind }: { bind: Bind }) {
  const { t } = useTranslation();
  const professions = useMemo(
    () => PROFESSIONS.map((value) => ({ value, label: professionName(t, value) })),
    [t],
  );
  return (
    <>
      <SelectField
        {...bind('profession')}
        label={t('application.profession')}
        options={professions}
        placeholder={t('application.chooseProfession')}
        required
      />
      <SpecialtyPicker
        {...bind('specialties')}
        label={t('application.specialties')}
        hint={t('application.specialtiesHint')}
      />
      <TextField
        {...bind('licenceNumber')}
        label={t('application.licenceNumber')}
        hint={t('application.licenceNumberHint')}
        autoComplete="off"
        required
      />
      <TextField
        {...bind('issuingAuthority')}
        label={t('application.issuingAuthority')}
        hint={t('application.issuingAuthorityHint')}
        required
      />
      <CountryField binding={bind('country')} hint={t('application.countryHint')} />
    </>
  );
}

export function StudentFields({ bind }: { bind: Bind }) {
  const { t } = useTranslation();
  const programs = useMemo(
    () => STUDY_PROGRAMS.map((value) => ({ value, label: programName(t, value) })),
    [t],
  );
  return (
    <>
      <SelectField
        {...bind('program')}
        label={t('application.program')}
        options={programs}
        placeholder={t('application.chooseProgram')}
        required
      />
      <TextField
        {...bind('school')}
        label={t('application.school')}
        hint={t('application.schoolHint')}
        required
      />
      <TextField
        {...bind('studentId')}
        label={t('application.studentId')}
        hint={t('application.studentIdHint')}
        autoComplete="off"
        required
      />
      <TextField
        {...bind('expectedGraduationYear')}
        label={t('application.expectedGraduationYear')}
        hint={t('application.expectedGraduationYearHint')}
        inputMode="numeric"
        autoComplete="off"
        required
      />
      <CountryField binding={bind('country')} hint={t('application.countryHintStudent')} />
      <SpecialtyPicker
        {...bind('specialties')}
        label={t('application.specialtiesOfInterest')}
        hint={t('application.specialtiesHint')}
      />
    </>
  );
}
