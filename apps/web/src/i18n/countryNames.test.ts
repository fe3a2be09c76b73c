// Countries are listed by name in the reader's language, in that language's order.
import { describe, expect, it } from 'vitest';
import { COUNTRY_CODES } from '@consilium/core';
import { countryNames } from './countryNames';

describe('countryNames', () => {
  it('names every country in the language asked for', () => {
    const english = countryNames('en');
    const spanish = countryNames('es');
    expect(english).toHaveLength(COUNTRY_CODES.length);
    expect(english.find((country) => country.code === 'ES')?.name).toBe('Spain');
    expect(spanish.find((country) => country.code === 'DE')?.name).toBe('Alemania');
  });

  it('sorts by name, not by code', () => {
    const names = countryNames('es').map((country) => country.name);
    expect(names).toEqual([...names].sort(new Intl.Collator('es').compare));
    expect(names.indexOf('Alemania')).toBeLessThan(names.indexOf('España'));
    expect(names.indexOf('España')).toBeLessThan(names.indexOf('Francia'));
  });
});
