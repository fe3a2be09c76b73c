// Dates in the reader's language: "3 days ago" for recent moments, a full date otherwise.
const UNITS: readonly [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

/** Relative time between a moment and now, e.g. "3 days ago" or "hace 3 días". */
export function formatRelativeTime(moment: Date, now: Date, language: string): string {
  const seconds = Math.round((moment.getTime() - now.getTime()) / 1000);
  const format = new Intl.RelativeTimeFormat(language, { numeric: 'auto' });
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size) return format.format(Math.trunc(seconds / size), unit);
  }
  return format.format(0, 'second');
}

/** A full date and time, e.g. "12 March 2025, 14:05", for tooltips and accessible detail. */
export function formatDateTime(moment: Date, language: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeStyle: 'short' }).format(
    moment,
  );
}

/** A date without the time, e.g. "12 March 2027", for expiries and "member since". */
export function formatDate(moment: Date, language: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'long' }).format(moment);
}

/** A file's size in the largest fitting unit, e.g. "2.4 MB" or "830 kB". */
export function formatFileSize(bytes: number, language: string): string {
  const [unit, size] =
    bytes >= 1_000_000
      ? (['megabyte', bytes / 1_000_000] as const)
      : bytes >= 1_000
        ? (['kilobyte', bytes / 1_000] as const)
        : (['byte', bytes] as const);
  return new Intl.NumberFormat(language, {
    style: 'unit',
    unit,
    unitDisplay: unit === 'byte' ? 'long' : 'short',
    maximumFractionDigits: size < 10 ? 1 : 0,
  }).format(size);
}

/** A calendar day given as YYYY-MM-DD, e.g. "31 March 2026", without shifting it by time zone. */
export function formatCalendarDate(day: string, language: string): string {
  const moment = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(moment.getTime())) return day;
  return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(moment);
}

export type TimeUnit = 'days' | 'weeks' | 'months' | 'years';

const INTL_UNITS = { days: 'day', weeks: 'week', months: 'month', years: 'year' } as const;

/** An amount of time, e.g. "3 months" or "3 meses". */
export function formatAmountOfTime(value: number, unit: TimeUnit, language: string): string {
  return new Intl.NumberFormat(language, {
    style: 'unit',
    unit: INTL_UNITS[unit],
    unitDisplay: 'long',
  }).format(value);
}

/** An amount of time before now, e.g. "3 months ago" or "hace 3 meses". */
export function formatTimeAgo(value: number, unit: TimeUnit, language: string): string {
  return new Intl.RelativeTimeFormat(language, { numeric: 'always' }).format(
    -value,
    INTL_UNITS[unit],
  );
}

/** A sum of money in its currency, e.g. "€1,200.00"; the code beside it if the browser balks. */
export function formatMoney(amount: number, currency: string, language: string): string {
  try {
    return new Intl.NumberFormat(language, { style: 'currency', currency }).format(amount);
  } catch {
    return `${new Intl.NumberFormat(language).format(amount)} ${currency}`;
  }
}

/** A share from 0 to 1 as a whole percent, e.g. "42%" or "42 %". */
export function formatPercent(share: number, language: string): string {
  return new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 }).format(
    share,
  );
}
