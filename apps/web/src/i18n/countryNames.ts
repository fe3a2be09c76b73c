// Country names in the reader's language, from the browser's own data (Intl.DisplayNames).
import { COUNTRY_CODES } from '@consilium/core';
import type { CountryCode } from '@consilium/core';

export interface CountryName {
  code: CountryCode;
  name: string;
}

/** Every country a member can choose, named in `language` and sorted as that language sorts. */
export function countryNames(language: string): CountryName[] {
  const names = new Intl.DisplayNames([language], { type: 'region', fallback: 'code' });
  const collator = new Intl.Collator(language);
  return COUNTRY_CODES.map((code) => ({ code, name: names.of(code) ?? code })).sort((a, b) =>
    collator.compare(a.name, b.name),
  );
}

/** One country's name in `language`, or its code when the browser does not know it. */
export function countryName(code: string, language: string): string {
  return new Intl.DisplayNames([language], { type: 'region', fallback: 'code' }).of(code) ?? code;
}
