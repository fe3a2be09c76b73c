// Reading the evaluation's data: published phenopackets (one JSON object a line) and the NEJM
// Image Challenge vote shares (CSV). Both live in ../shared/data, outside the repository.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { PhenopacketCase } from '../../packages/core/src/simulation/candidates.js';
import type { VoteShareCase } from '../../packages/core/src/simulation/vote-shares.js';

export const PHENOPACKETS = 'cases/phenopacket-store/phenopackets_summary.jsonl';
export const NEJM_VOTES = 'crowd/nejm-image-challenge-votes.csv';

/** The data files that are missing under `dataDir`, as paths relative to it. */
export function missingFiles(dataDir: string): string[] {
  return [PHENOPACKETS, NEJM_VOTES].filter((file) => !existsSync(path.join(dataDir, file)));
}

interface PhenopacketLine {
  id: string;
  diseases: { id: string }[];
  observed: { id: string }[];
}

/** Cases with exactly one confirmed disease and at least `minTerms` observed phenotype terms. */
export function readPhenopackets(dataDir: string, minTerms: number): PhenopacketCase[] {
  const text = readFileSync(path.join(dataDir, PHENOPACKETS), 'utf8');
  const cases: PhenopacketCase[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    const parsed = JSON.parse(line) as PhenopacketLine;
    const disease = parsed.diseases.length === 1 ? parsed.diseases[0]?.id : undefined;
    const observed = [...new Set(parsed.observed.map((term) => term.id))];
    if (disease === undefined || observed.length < minTerms) continue;
    cases.push({ id: parsed.id, disease, observed });
  }
  return cases;
}

/** Splits one CSV line, honouring double-quoted fields (options hold commas). */
function splitCsvLine(line: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const char = line.charAt(i);
    if (quoted) {
      if (char === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      fields.push(field);
      field = '';
    } else field += char;
  }
  fields.push(field);
  return fields;
}

/** The vote shares of each case with five numeric shares and a correct option A–E. */
export function readVoteShares(dataDir: string): VoteShareCase[] {
  const [header, ...rows] = readFileSync(path.join(dataDir, NEJM_VOTES), 'utf8')
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '');
  const columns = splitCsvLine(header ?? '');
  const shareColumns = ['a', 'b', 'c', 'd', 'e'].map((letter) =>
    columns.indexOf(`votes_${letter}_pct`),
  );
  const correctColumn = columns.indexOf('correct');
  const cases: VoteShareCase[] = [];
  for (const row of rows) {
    const fields = splitCsvLine(row);
    const shares = shareColumns.map((column) => Number(fields[column]));
    const correct = 'ABCDE'.indexOf((fields[correctColumn] ?? '').trim().toUpperCase());
    if (correct < 0 || shares.some((share) => !Number.isFinite(share) || share < 0)) continue;
    cases.push({ shares, correct });
  }
  return cases;
}
