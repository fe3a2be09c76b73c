// The translation catalogues: Spanish and English say the same things, every key the code uses
// exists, and no component writes visible text around t().
import { describe, expect, it } from 'vitest';
import en from '../locales/en.json';
import es from '../locales/es.json';
import { chooseLanguage, i18n, switchLanguage } from './i18n';

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

type Catalogue = { [key: string]: string | Catalogue };

function flatten(catalogue: Catalogue, prefix = ''): Map<string, string> {
  const entries = new Map<string, string>();
  for (const [key, value] of Object.entries(catalogue)) {
    const path = prefix === '' ? key : `${prefix}.${key}`;
    if (typeof value === 'string') entries.set(path, value);
    else for (const [inner, text] of flatten(value, path)) entries.set(inner, text);
  }
  return entries;
}

/** Keys without plural suffixes: languages have different plural forms for the same message. */
function messageKeys(entries: Map<string, string>): Set<string> {
  return new Set([...entries.keys()].map((key) => key.replace(PLURAL_SUFFIX, '')));
}

function variablesOf(text: string): string[] {
  return [...text.matchAll(/\{\{\s*([\w.]+)/g)].map((match) => match[1] ?? '').sort();
}

const english = flatten(en);
const spanish = flatten(es);

const sources = import.meta.glob<string>(['../**/*.{ts,tsx}', '!../**/*.test.{ts,tsx}'], {
  query: '?raw',
  import: 'default',
  eager: true,
});

describe('translation catalogues', () => {
  it('has every English message in Spanish and every Spanish message in English', () => {
    const englishKeys = [...messageKeys(english)].sort();
    const spanishKeys = [...messageKeys(spanish)].sort();
    expect(spanishKeys).toEqual(englishKeys);
  });

  it('uses the same placeholders in both languages', () => {
    for (const [key, text] of english) {
      const translated = spanish.get(key) ?? spanish.get(key.replace(PLURAL_SUFFIX, '_other'));
      expect(variablesOf(translated ?? ''), key).toEqual(variablesOf(text));
    }
  });

  it('defines every key that the source code passes to t()', () => {
    const used = new Set<string>();
    const prefixes = new Set<string>();
    for (const source of Object.values(sources)) {
      for (const match of source.matchAll(/\bt\(\s*'([^']+)'/g)) used.add(match[1] ?? '');
      for (const match of source.matchAll(/\bt\(\s*`([^`$]*)\$\{/g)) prefixes.add(match[1] ?? '');
    }
    expect(used.size).toBeGreaterThan(50);
    const missing = [...used].filter((key) => !english.has(key) && !english.has(`${key}_other`));
    expect(missing).toEqual([]);
    for (const prefix of prefixes) {
      expect(
        [...english.keys()].some((key) => key.startsWith(prefix)),
        prefix,
      ).toBe(true);
    }
  });

  it('finds no hard-coded words in JSX text or in labelling attributes', () => {
    const offenders: string[] = [];
    for (const [file, source] of Object.entries(sources)) {
      if (!file.endsWith('.tsx')) continue;
      const code = source.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
      for (const match of code.matchAll(/>\s*([^<>{}=;()]*\p{L}{2}[^<>{}=;()]*?)\s*</gu)) {
        offenders.push(`${file}: text "${match[1] ?? ''}"`);
      }
      for (const match of code.matchAll(/\b(aria-label|placeholder|title|alt)="([^"]*)"/g)) {
        offenders.push(`${file}: ${match[1] ?? ''}="${match[2] ?? ''}"`);
      }
    }
    expect(offenders).toEqual([]);
  });
});

describe('choosing the language', () => {
  it('prefers the remembered choice, then the first browser language we speak', () => {
    expect(chooseLanguage('es', ['en-US'])).toBe('es');
    expect(chooseLanguage(null, ['fr-FR', 'es-MX', 'en'])).toBe('es');
    expect(chooseLanguage('klingon', ['de-DE'])).toBe('en');
  });

  it('keeps <html lang> in step and remembers the choice', async () => {
    await switchLanguage('es');
    expect(document.documentElement.lang).toBe('es');
    expect(window.localStorage.getItem('consilium.language')).toBe('es');
    expect(i18n.t('nav.postCase')).toBe('Publicar un caso');
  });
});
