// Relative dates read naturally in each language.
import { describe, expect, it } from 'vitest';
import { formatFileSize, formatRelativeTime } from './format';

const now = new Date('2025-03-10T12:00:00Z');
const ago = (seconds: number) => new Date(now.getTime() - seconds * 1000);

describe('formatRelativeTime', () => {
  it('says "3 days ago" in English and "hace 3 días" in Spanish', () => {
    expect(formatRelativeTime(ago(3 * 86_400), now, 'en')).toBe('3 days ago');
    expect(formatRelativeTime(ago(3 * 86_400), now, 'es')).toBe('hace 3 días');
  });

  it('uses the largest whole unit', () => {
    expect(formatRelativeTime(ago(2 * 3600 + 59), now, 'en')).toBe('2 hours ago');
    expect(formatRelativeTime(ago(400 * 86_400), now, 'en')).toBe('last year');
  });

  it('calls the last minute "now"', () => {
    expect(formatRelativeTime(ago(20), now, 'en')).toBe('now');
    expect(formatRelativeTime(ago(20), now, 'es')).toBe('ahora');
  });
});

describe('formatFileSize', () => {
  it('names sizes in the largest fitting unit, with decimals only for small numbers', () => {
    expect(formatFileSize(512, 'en')).toBe('512 bytes');
    expect(formatFileSize(830_000, 'en')).toBe('830 kB');
    expect(formatFileSize(2_400_000, 'en')).toBe('2.4 MB');
    expect(formatFileSize(2_400_000, 'es')).toBe('2,4 MB');
  });
});
