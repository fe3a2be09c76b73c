// Ages in a phenopacket are ISO 8601 durations (P3Y6M: three and a half years old). This turns
// them into the questionnaire's age band and "how long ago" a finding began.
import type { AGE_BANDS, Symptom, TIME_UNITS } from '@consilium/api';

export interface Duration {
  years: number;
  months: number;
  weeks: number;
  days: number;
}

type AgeBand = (typeof AGE_BANDS)[number];
type AmountOfTime = NonNullable<Symptom['onsetAgo']>;
type TimeUnit = (typeof TIME_UNITS)[number];

// Whole calendar parts only; a time part (PT12H) is too fine to matter for an age.
const ISO_DURATION =
  /^P(?!$)(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:\d+H)?(?:\d+M)?(?:\d+(?:\.\d+)?S)?)?$/;

/** P3Y6M → { years: 3, months: 6, … }; undefined when it is not such a duration. */
export function parseIsoDuration(text: string): Duration | undefined {
  const parts = ISO_DURATION.exec(text.trim());
  if (parts === null) return undefined;
  const [, years, months, weeks, days] = parts.map((part: string | undefined) => Number(part ?? 0));
  return { years: years ?? 0, months: months ?? 0, weeks: weeks ?? 0, days: days ?? 0 };
}

const DAYS_PER_YEAR = 365.25;
const DAYS_PER_MONTH = DAYS_PER_YEAR / 12;

function daysOf(duration: Duration): number {
  return (
    duration.years * DAYS_PER_YEAR +
    duration.months * DAYS_PER_MONTH +
    duration.weeks * 7 +
    duration.days
  );
}

/** Completed years of age. */
export function yearsOf(duration: Duration): number {
  return Math.floor(daysOf(duration) / DAYS_PER_YEAR + 1e-9);
}

/** The first age each band starts at, from the oldest down. */
const BAND_STARTS: readonly [number, AgeBand][] = [
  [75, '75+'],
  [60, '60-74'],
  [45, '45-59'],
  [30, '30-44'],
  [18, '18-29'],
  [13, '13-17'],
  [6, '6-12'],
  [2, '2-5'],
  [0, '0-1'],
];

export function ageBandOf(age: Duration): AgeBand {
  const years = yearsOf(age);
  return BAND_STARTS.find(([start]) => years >= start)?.[1] ?? '0-1';
}

const MAX_AMOUNT = 1000;

function amount(value: number, unit: TimeUnit): AmountOfTime | undefined {
  return value <= MAX_AMOUNT ? { value, unit } : undefined;
}

/**
 * How long before the last encounter something began at age `onset`: exact in months or years
 * when both ages are, otherwise in the coarsest readable unit. Undefined when the onset comes
 * after the last encounter (an inconsistent record).
 */
export function timeBetween(onset: Duration, lastEncounter: Duration): AmountOfTime | undefined {
  const inMonths = (age: Duration) => age.years * 12 + age.months;
  const wholeMonths = [onset, lastEncounter].every((age) => age.weeks === 0 && age.days === 0);
  if (wholeMonths) {
    const months = inMonths(lastEncounter) - inMonths(onset);
    if (months < 0) return undefined;
    return months % 12 === 0 ? amount(months / 12, 'years') : amount(months, 'months');
  }
  const days = Math.round(daysOf(lastEncounter) - daysOf(onset));
  if (days < 0) return undefined;
  if (days < 14) return amount(days, 'days');
  if (days < 60) return amount(Math.round(days / 7), 'weeks');
  if (days < 2 * DAYS_PER_YEAR) return amount(Math.round(days / DAYS_PER_MONTH), 'months');
  return amount(Math.round(days / DAYS_PER_YEAR), 'years');
}

/** "13-year-old", "7-month-old", "10-day-old": an age as it is said of a person. */
export function agePhraseOf(age: Duration): string {
  const years = yearsOf(age);
  if (years >= 2) return `${years}-year-old`;
  const months = Math.floor(daysOf(age) / DAYS_PER_MONTH + 1e-9);
  if (months >= 1) return `${months}-month-old`;
  return `${Math.round(daysOf(age))}-day-old`;
}
