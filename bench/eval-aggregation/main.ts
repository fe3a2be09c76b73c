// `npm run eval:aggregation`: measures the aggregation rules on simulated crowds over published
// cases (reputation learned in time order) and on the NEJM Image Challenge vote shares, prints the
// tables, and writes them into docs/aggregation.md between its marker comments. Seeded: the same
// seed gives the same tables, byte for byte.
//
//   --seed <text> (or EVAL_SEED)   the seed; default 20261201
//   --dry-run                      print only, leave the doc as it is
//   EVAL_CASES                     measure only the first N cases (a quick look; not for the doc)
//   CONSILIUM_SHARED_DATA          the shared data folder; default ../shared/data
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import * as prettier from 'prettier';
import type { CaseParticipation } from '../../packages/core/src/collusion.js';
import { COLLUSION_MIN_OVERLAP, findCollusion } from '../../packages/core/src/collusion.js';
import type { CandidatePool } from '../../packages/core/src/simulation/candidates.js';
import { buildCandidatePools } from '../../packages/core/src/simulation/candidates.js';
import { createRandom, hashToUnit } from '../../packages/core/src/simulation/random.js';
import type {
  EvaluationOptions,
  EvaluationResult,
} from '../../packages/core/src/simulation/timeline.js';
import { DEFAULT_EVALUATION } from '../../packages/core/src/simulation/timeline.js';
import {
  crowdAccuracy,
  pluralityAccuracy,
} from '../../packages/core/src/simulation/vote-shares.js';
import { missingFiles, readPhenopackets, readVoteShares } from './data.js';
import type { CollusionCheck } from './report.js';
import {
  collusionLines,
  curveTable,
  methodTable,
  sybilTable,
  targetLines,
  tierTable,
  voteShareTable,
  whatIfTable,
} from './report.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const docPath = path.join(root, 'docs/aggregation.md');
const START = '<!-- eval:aggregation:start -->';
const END = '<!-- eval:aggregation:end -->';
/** A published case needs at least this many observed phenotypes to be posted as a case. */
const MIN_TERMS = 3;
const DISTRACTORS = 30;
/** A moderator-visible ring for the collusion check joins one case in this many. */
const RING_EVERY = 50;

const argv = process.argv.slice(2);
const seedFlag = argv.indexOf('--seed');
const seed =
  (seedFlag >= 0 ? argv[seedFlag + 1] : undefined) ?? process.env.EVAL_SEED ?? '20261201';
const dryRun = argv.includes('--dry-run');
const limit = Number(process.env.EVAL_CASES ?? 0);
const dataDir = path.resolve(
  process.env.CONSILIUM_SHARED_DATA ?? path.join(root, '../shared/data'),
);
const command = `npm run eval:aggregation -- --seed ${seed}`;

const missing = missingFiles(dataDir);
if (missing.length > 0) {
  console.error(
    `eval:aggregation needs ${missing.map((file) => path.join(dataDir, file)).join(' and ')}, which ${missing.length > 1 ? 'are' : 'is'} missing (set CONSILIUM_SHARED_DATA to the shared data folder).`,
  );
  process.exit(1);
}

console.log(`Seed ${seed}. The same tables again: ${command}`);
const started = Date.now();
const cases = readPhenopackets(dataDir, MIN_TERMS);
const allPools = buildCandidatePools(cases, {
  distractors: DISTRACTORS,
  random: createRandom(seed).fork('pools'),
});
const pools = limit > 0 ? allPools.slice(0, limit) : allPools;
const diseases = new Set(cases.map((item) => item.disease)).size;
console.log(`${cases.length} cases, ${diseases} diseases; simulating ${pools.length} cases twice…`);
/**
 * Runs a timeline in a worker thread. A worker does not inherit `--import tsx`, so its first
 * script registers tsx before loading the TypeScript worker.
 */
function runInWorker(options: EvaluationOptions): Promise<EvaluationResult> {
  const entry = new URL('./worker.ts', import.meta.url).href;
  const bootstrap = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(entry)}); });`;
  return new Promise((resolve, reject) => {
    const worker = new Worker(bootstrap, { eval: true, workerData: { pools, options } });
    worker.once('message', (message: EvaluationResult) => {
      resolve(message);
    });
    worker.once('error', reject);
  });
}
const [result, blind] = await Promise.all([
  runInWorker({ ...DEFAULT_EVALUATION, seed }),
  runInWorker({
    ...DEFAULT_EVALUATION,
    seed,
    crowd: { ...DEFAULT_EVALUATION.crowd, herdingProbability: 0 },
  }),
]);

/** The collusion rule over the simulated participation, plus a ring of three copying accounts. */
function checkCollusion(run: EvaluationResult, byCase: Map<string, CandidatePool>): CollusionCheck {
  let ringCases = 0;
  const participation: CaseParticipation[] = run.participation.map((item) => {
    if (hashToUnit(`${seed}/ring/${item.caseId}`) >= 1 / RING_EVERY) return item;
    ringCases += 1;
    const list = (byCase.get(item.caseId)?.distractors ?? []).slice(0, 3).map((d) => d.candidate);
    const ring = ['ring-1', 'ring-2', 'ring-3'].map((memberId) => ({ memberId, candidates: list }));
    return { ...item, contributions: [...item.contributions, ...ring] };
  });
  const isRing = (id: string) => id.startsWith('ring-');
  const honestPair = (pair: { memberA: string; memberB: string }) =>
    !isRing(pair.memberA) && !isRing(pair.memberB);
  const flagged = findCollusion(participation);
  const judged = findCollusion(participation, { minAgreement: 0 }).filter(honestPair);
  return {
    judgedPairs: judged.length,
    highestHonestAgreement: Math.max(0, ...judged.map((pair) => pair.agreements / pair.overlap)),
    flaggedHonestPairs: flagged.filter(honestPair).length,
    ringPairs: 3,
    ringFlagged: flagged.filter((pair) => isRing(pair.memberA) && isRing(pair.memberB)).length,
    ringCases,
  };
}
const collusion = checkCollusion(result, new Map(pools.map((pool) => [pool.caseId, pool])));

const votes = readVoteShares(dataDir);
const mean = (values: readonly number[]) => values.reduce((sum, v) => sum + v, 0) / values.length;
const reported: Record<string, number> = { 1: 0.495, 3: 0.573, 9: 0.743, 25: 0.851 };
const voteRows: { readers: string; accuracy: number; reported?: number | undefined }[] = [
  1, 2, 3, 4, 5, 6, 7, 8, 9, 25,
].map((k) => ({
  readers: String(k),
  accuracy: mean(votes.map((item) => pluralityAccuracy(item, k))),
  reported: reported[k],
}));
voteRows.push(
  { readers: 'whole crowd, ties shared', accuracy: mean(votes.map((item) => crowdAccuracy(item))) },
  {
    readers: 'whole crowd, ties wrong',
    accuracy: mean(votes.map((item) => crowdAccuracy(item, 'wrong'))),
    reported: 0.908,
  },
);

const f = (value: number) => (value * 100).toFixed(1);
const block = [
  START,
  '',
  `Generated by \`${command}\` (seed \`${seed}\`; the same seed gives these tables byte for byte).`,
  '',
  '### Simulated crowds on published cases',
  '',
  `${result.cases.toLocaleString('en-US')} published cases (phenopackets with at least ${MIN_TERMS} observed ` +
    `phenotypes, ${diseases} diseases), each solved by ${DEFAULT_EVALUATION.maxGroupSize} members ` +
    `in time order; the first ${Math.round(DEFAULT_EVALUATION.warmUpShare * 100)} % of the timeline only builds ` +
    `reputation, the other ${result.measuredCases.toLocaleString('en-US')} cases are measured. ` +
    `${result.members} members by the end. Ability offset ${result.offset.toFixed(3)}, calibrated to ` +
    `${f(result.calibratedTop3)} % individual top-3 on ${DEFAULT_EVALUATION.calibrationCases.toLocaleString('en-US')} cases. ` +
    'Percentages; MRR from 0 to 1; Brier from 0 to 2, lower is better.',
  '',
  ...curveTable(result, 'top3'),
  '',
  ...curveTable(result, 'top1'),
  '',
  '<details><summary>Every measure, every group size</summary>',
  '',
  ...methodTable(result),
  '',
  '</details>',
  '',
  `Sybils: ${DEFAULT_EVALUATION.sybils} fresh unverified accounts join each measured case first, ` +
    'all with the same wrong list (its three best-fitting wrong diseases):',
  '',
  ...sybilTable(result),
  '',
  'Individual top-3 in the measured cases, by the tier held on the case:',
  '',
  ...tierTable(result),
  '',
  ...collusionLines(collusion, COLLUSION_MIN_OVERLAP),
  '',
  'The same run with no herding (as if solvers saw the collective differential only after ' +
    `committing their own; offset recalibrated to ${blind.offset.toFixed(3)}):`,
  '',
  ...whatIfTable(result, blind),
  '',
  '### Targets, as measured',
  '',
  ...targetLines(result),
  '',
  '### NEJM Image Challenge vote shares',
  '',
  `${votes.length} cases; plurality of k readers drawn from each case's vote shares, ties split evenly.`,
  '',
  ...voteShareTable(voteRows),
  '',
  END,
].join('\n');

console.log(`\n${block}\n`);
console.error(`(${((Date.now() - started) / 1000).toFixed(0)} s)`);

if (!dryRun) {
  const doc = readFileSync(docPath, 'utf8');
  const from = doc.indexOf(START);
  const to = doc.indexOf(END);
  if (from < 0 || to < from) {
    console.error(`docs/aggregation.md has no ${START} … ${END} block to replace.`);
    process.exit(1);
  }
  // Formatted as `npm run lint` checks it, so that a fresh run leaves the doc lint-clean.
  const next = doc.slice(0, from) + block + doc.slice(to + END.length);
  const config = (await prettier.resolveConfig(docPath)) ?? {};
  writeFileSync(docPath, await prettier.format(next, { ...config, filepath: docPath }));
  console.log('Written to docs/aggregation.md.');
}
