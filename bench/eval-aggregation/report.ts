// The evaluation's Markdown: the table of every method by group size, the sybil comparison, the
// checks of the targets (computed, so they stay true on every run), and the NEJM vote shares.
import type { AggregationRule } from '../../packages/core/src/aggregation.js';
import { AGGREGATION_RULES } from '../../packages/core/src/aggregation.js';
import { TIER_PRIORS } from '../../packages/core/src/reputation.js';
import type { EvaluationResult, Method } from '../../packages/core/src/simulation/timeline.js';
import { METHODS } from '../../packages/core/src/simulation/timeline.js';

const percent = (value: number) => (value * 100).toFixed(1);
const signed = (value: number) => {
  const points = Math.abs(value * 100).toFixed(1);
  return points === '0.0' ? '0.0' : `${value > 0 ? '+' : '−'}${points}`;
};
const count = (value: number) => value.toLocaleString('en-US');
const row = (cells: readonly (string | number)[]) => `| ${cells.join(' | ')} |`;
const rule = (columns: number) => row(new Array<string>(columns).fill('---'));
const sizes = (result: EvaluationResult) =>
  Array.from({ length: result.table.weighted.length }, (_, index) => index + 1);

/** Every method at every group size, all five measures. */
export function methodTable(result: EvaluationResult): string[] {
  const lines = [row(['group', 'method', 'top-1', 'top-3', 'top-10', 'MRR', 'Brier']), rule(7)];
  for (const size of sizes(result)) {
    for (const method of METHODS) {
      const m = result.table[method][size - 1];
      if (m === undefined) continue;
      lines.push(
        row([
          size,
          method,
          percent(m.top1),
          percent(m.top3),
          percent(m.top10),
          m.mrr.toFixed(3),
          m.brier.toFixed(3),
        ]),
      );
    }
  }
  return lines;
}

/** One measure of every method, group sizes across: the curve at a glance. */
export function curveTable(result: EvaluationResult, key: 'top1' | 'top3'): string[] {
  const header = sizes(result).map(String);
  const lines = [
    row([`${key === 'top1' ? 'top-1' : 'top-3'} %`, ...header]),
    rule(header.length + 1),
  ];
  for (const method of METHODS) {
    lines.push(row([method, ...result.table[method].map((m) => percent(m[key]))]));
  }
  return lines;
}

export function sybilTable(result: EvaluationResult): string[] {
  const header = sizes(result).map(String);
  const lines = [row(['top-1 %', ...header]), rule(header.length + 1)];
  for (const name of AGGREGATION_RULES) {
    const { without, with: attacked } = result.sybilTop1[name];
    lines.push(row([name, ...without.map(percent)]));
    lines.push(row([`${name}, with sybils`, ...attacked.map(percent)]));
    lines.push(
      row([`${name}, change`, ...without.map((value, i) => signed((attacked[i] ?? 0) - value))]),
    );
  }
  return lines;
}

export function tierTable(result: EvaluationResult): string[] {
  const lines = [
    row(['tier on the case', 'differentials', 'top-3 % (simulated)', 'prior mean %']),
    rule(4),
  ];
  for (const tier of ['specialist', 'professional', 'student', 'detective'] as const) {
    const tally = result.tierTop3[tier] ?? { hits: 0, total: 0 };
    lines.push(
      row([
        tier,
        count(tally.total),
        percent(tally.total === 0 ? 0 : tally.hits / tally.total),
        percent(TIER_PRIORS[tier].mean),
      ]),
    );
  }
  return lines;
}

/** The sizes ≥ 3 where the weighted rule does not beat both other rules on `key`. */
function sizesNotBeaten(
  result: EvaluationResult,
  key: 'top1' | 'top3' | 'mrr' | 'brier',
): number[] {
  const better = (a: number, b: number) => (key === 'brier' ? a < b : a > b);
  return sizes(result).filter((size) => {
    if (size < 3) return false;
    const weighted = result.table.weighted[size - 1]?.[key] ?? 0;
    return (['plurality', 'reciprocal-rank'] as const satisfies readonly Method[]).some(
      (other) => !better(weighted, result.table[other][size - 1]?.[key] ?? 0),
    );
  });
}

/** Checks of the targets of the issue, as measured on this run. */
export function targetLines(result: EvaluationResult): string[] {
  const lines: string[] = [];
  const names = { top1: 'top-1', top3: 'top-3', mrr: 'MRR', brier: 'Brier' } as const;
  for (const key of ['top3', 'top1', 'mrr', 'brier'] as const) {
    const missed = sizesNotBeaten(result, key);
    lines.push(
      `- Weighted beats reciprocal-rank and plurality on ${names[key]} at every group size ≥ 3: ` +
        (missed.length === 0 ? '**met**.' : `**not met** at size ${missed.join(', ')}.`),
    );
  }
  const effects = result.sybilTop1.weighted.without.map(
    (value, i) => (result.sybilTop1.weighted.with[i] ?? 0) - value,
  );
  const large = effects
    .map((effect, i) => [i + 1, effect] as const)
    .filter(([, effect]) => Math.abs(effect) >= 0.02);
  lines.push(
    `- Sybils move the weighted rule's top-1 by less than 2 points: ` +
      (large.length === 0
        ? `**met** at every size (largest move ${signed(Math.min(...effects))}).`
        : `**not met** at size ${large.map(([size, effect]) => `${size} (${signed(effect)})`).join(', ')}; met at the other sizes.`),
  );
  return lines;
}

export interface CollusionCheck {
  judgedPairs: number;
  highestHonestAgreement: number;
  flaggedHonestPairs: number;
  ringPairs: number;
  ringFlagged: number;
  ringCases: number;
}

export function collusionLines(check: CollusionCheck, minOverlap: number): string[] {
  return [
    `Over the whole timeline, ${count(check.judgedPairs)} pairs of honest members shared at least ` +
      `${minOverlap} resolved cases where one of them was wrong; ${count(check.flaggedHonestPairs)} ` +
      `of them were flagged (the highest share of same wrong answers among them: ` +
      `${percent(check.highestHonestAgreement)} %). A ring of 3 accounts copying one wrong list on ${count(check.ringCases)} ` +
      `cases (not part of the accuracy runs): ${check.ringFlagged} of its ${check.ringPairs} pairs flagged.`,
  ];
}

export function whatIfTable(clean: EvaluationResult, blind: EvaluationResult): string[] {
  const header = sizes(clean).map(String);
  const lines = [row(['', ...header]), rule(header.length + 1)];
  const line = (label: string, result: EvaluationResult, method: Method, key: 'top1' | 'top3') =>
    row([label, ...result.table[method].map((m) => percent(m[key]))]);
  lines.push(line('weighted top-1, herding', clean, 'weighted', 'top1'));
  lines.push(line('weighted top-1, no herding', blind, 'weighted', 'top1'));
  lines.push(line('weighted top-3, herding', clean, 'weighted', 'top3'));
  lines.push(line('weighted top-3, no herding', blind, 'weighted', 'top3'));
  const sybilRow = (label: string, result: EvaluationResult, name: AggregationRule) =>
    row([
      label,
      ...result.sybilTop1[name].without.map((value, i) =>
        signed((result.sybilTop1[name].with[i] ?? 0) - value),
      ),
    ]);
  lines.push(sybilRow('sybil effect on weighted top-1, herding', clean, 'weighted'));
  lines.push(sybilRow('sybil effect on weighted top-1, no herding', blind, 'weighted'));
  return lines;
}

/** NEJM Image Challenge: plurality of k readers, with the figures SOURCES.md reports. */
export function voteShareTable(
  rows: readonly { readers: string; accuracy: number; reported?: number }[],
): string[] {
  const lines = [
    row(['readers', 'plurality top-1 % (exact expectation)', 'SOURCES.md %']),
    rule(3),
  ];
  for (const item of rows) {
    lines.push(
      row([
        item.readers,
        percent(item.accuracy),
        item.reported === undefined ? '' : percent(item.reported),
      ]),
    );
  }
  return lines;
}
