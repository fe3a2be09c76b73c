// Words for the questionnaire's fixed answers in the reader's language: age bands, sex,
// frequencies, units of time, and whether a diagnosis was considered or ruled out.
import type { TFunction } from 'i18next';
import {
  AGE_BANDS,
  DIAGNOSIS_STATUSES,
  FREQUENCIES,
  QUESTIONNAIRE_STEPS,
  SEXES,
  TIME_UNITS,
} from '@consilium/api';
import type { SelectOption } from '../forms/SelectField';

type AgeBand = (typeof AGE_BANDS)[number];
type Sex = (typeof SEXES)[number];
type Frequency = (typeof FREQUENCIES)[number];
type TimeUnit = (typeof TIME_UNITS)[number];
type DiagnosisStatus = (typeof DIAGNOSIS_STATUSES)[number];

export const ageBandName = (t: TFunction, band: AgeBand): string =>
  t(`questionnaire.ageBands.${band}`);
export const sexName = (t: TFunction, sex: Sex): string => t(`questionnaire.sexes.${sex}`);
export const frequencyName = (t: TFunction, frequency: Frequency): string =>
  t(`questionnaire.frequencies.${frequency}`);
export const timeUnitName = (t: TFunction, unit: TimeUnit): string =>
  t(`questionnaire.timeUnits.${unit}`);
export const diagnosisStatusName = (t: TFunction, status: DiagnosisStatus): string =>
  t(`questionnaire.diagnosisStatuses.${status}`);

function optionsOf<T extends string>(
  values: readonly T[],
  name: (t: TFunction, value: T) => string,
  t: TFunction,
): SelectOption[] {
  return values.map((value) => ({ value, label: name(t, value) }));
}

export const ageBandOptions = (t: TFunction) => optionsOf(AGE_BANDS, ageBandName, t);
export const sexOptions = (t: TFunction) => optionsOf(SEXES, sexName, t);
export const frequencyOptions = (t: TFunction) => optionsOf(FREQUENCIES, frequencyName, t);
export const timeUnitOptions = (t: TFunction) => optionsOf(TIME_UNITS, timeUnitName, t);
export const diagnosisStatusOptions = (t: TFunction) =>
  optionsOf(DIAGNOSIS_STATUSES, diagnosisStatusName, t);

/** Today as YYYY-MM-DD, the latest date a past event can have. */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** A step's name from its id as the API lists it (e.g. a draft's missing steps). */
export function stepName(t: TFunction, step: string): string {
  const known = QUESTIONNAIRE_STEPS.find((item) => item.id === step);
  return known ? t(`questionnaire.steps.${known.id}`) : step;
}
