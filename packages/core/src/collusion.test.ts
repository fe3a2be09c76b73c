import { describe, expect, it } from 'vitest';
import type { CaseContribution, CaseParticipation } from './collusion.js';
import { COLLUSION_MIN_OVERLAP, findCollusion } from './collusion.js';

/** A resolved case whose diagnosis is `truth-<n>`, with the given contributions. */
const resolved = (n: number, contributions: CaseContribution[]): CaseParticipation => ({
  caseId: `case-${n}`,
  confirmedKeys: [`truth-${n}`],
  contributions,
});

const says = (memberId: string, ...candidates: string[]): CaseContribution => ({
  memberId,
  candidates,
});

const cases = (count: number, build: (n: number) => CaseContribution[]) =>
  Array.from({ length: count }, (_, n) => resolved(n, build(n)));

describe('findCollusion', () => {
  it('flags two accounts that copy each other, wrong answers included, but not two good doctors', () => {
    const history = cases(30, (n) => {
      // The good doctors are right on 24 of 30 cases and wrong, each in their own way, on 6.
      const goodA = n % 5 === 0 ? `a-guess-${n}` : `truth-${n}`;
      const goodB = n % 5 === 0 || n % 7 === 0 ? `b-guess-${n}` : `truth-${n}`;
      // The copiers submit one list between them: right on even cases, the same wrong one on odd.
      const copied = n % 2 === 0 ? `truth-${n}` : `decoy-${n}`;
      return [
        says('good-a', goodA, `truth-${n}`),
        says('good-b', goodB, `truth-${n}`),
        says('copy-1', copied, `other-${n}`),
        says('copy-2', copied, `other-${n}`),
      ];
    });
    const flags = findCollusion(history);
    expect(flags).toEqual([
      { memberA: 'copy-1', memberB: 'copy-2', sharedCases: 30, overlap: 15, agreements: 15 },
    ]);
  });

  it('does not flag two members who are both always right', () => {
    const history = cases(40, (n) => [says('a', `truth-${n}`), says('b', `truth-${n}`)]);
    expect(findCollusion(history)).toEqual([]);
  });

  it('does not flag members who fall into the same trap now and then', () => {
    // Both wrong on 12 cases; the same wrong answer on 4 of them (a third): a shared trap, not a ring.
    const history = cases(12, (n) =>
      n < 4
        ? [says('a', `trap-${n}`), says('b', `trap-${n}`)]
        : [says('a', `a-${n}`), says('b', `b-${n}`)],
    );
    expect(findCollusion(history)).toEqual([]);
    expect(findCollusion(history, { minAgreement: 0.3 })).toHaveLength(1);
  });

  it('waits for enough evidence before judging a pair', () => {
    const few = cases(COLLUSION_MIN_OVERLAP - 1, (n) => [
      says('x', `decoy-${n}`),
      says('y', `decoy-${n}`),
    ]);
    expect(findCollusion(few)).toEqual([]);
    const enough = cases(COLLUSION_MIN_OVERLAP, (n) => [
      says('x', `decoy-${n}`),
      says('y', `decoy-${n}`),
    ]);
    expect(findCollusion(enough)).toHaveLength(1);
  });

  it('counts agreeing votes for a wrong candidate and against the diagnosis', () => {
    const history = cases(10, (n) => [
      says('honest', `truth-${n}`, `decoy-${n}`),
      {
        memberId: 'voter-1',
        candidates: [`truth-${n}`],
        votes: [{ candidate: `decoy-${n}`, value: 1 }],
      },
      {
        memberId: 'voter-2',
        candidates: [`truth-${n}`],
        votes: [{ candidate: `truth-${n}`, value: -1 }],
      },
      {
        memberId: 'voter-3',
        candidates: [`truth-${n}`],
        votes: [
          { candidate: `decoy-${n}`, value: 1 },
          { candidate: `truth-${n}`, value: -1 },
        ],
      },
    ]);
    const pairs = findCollusion(history).map((flag) => [flag.memberA, flag.memberB]);
    expect(pairs).toEqual([
      ['voter-1', 'voter-3'],
      ['voter-2', 'voter-3'],
    ]);
  });

  it('ignores open cases and orders each pair by id whatever the input order', () => {
    const open: CaseParticipation[] = Array.from({ length: 20 }, (_, n) => ({
      caseId: `open-${n}`,
      contributions: [says('zed', 'same'), says('amy', 'same')],
    }));
    expect(findCollusion(open)).toEqual([]);
    const closed = cases(10, (n) => [says('zed', `decoy-${n}`), says('amy', `decoy-${n}`)]);
    expect(findCollusion([...open, ...closed])[0]).toMatchObject({
      memberA: 'amy',
      memberB: 'zed',
      sharedCases: 10,
    });
  });
});
