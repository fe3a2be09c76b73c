// Public handles: derived from the display name, unique, URL-safe.
import { randomInt } from 'node:crypto';

export const HANDLE_PATTERN = /^[a-z0-9_]{3,30}$/;

/** "Dr. José Pérez-Núñez" → "dr_jose_perez_nunez". */
export function handleBase(displayName: string): string {
  const base = displayName
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 24);
  return base.length >= 3 ? base : `member_${base}`.replace(/_+$/, '');
}

export function handleCandidates(displayName: string, attempts = 6): string[] {
  const base = handleBase(displayName);
  const candidates = [base];
  for (let i = 1; i < attempts; i += 1) candidates.push(`${base}_${randomInt(1000, 99999)}`);
  return candidates;
}
