import { describe, expect, it } from 'vitest';
import { availableCaseActions, isEditable, refusalOf } from './case-lifecycle.js';

describe('the life of a case', () => {
  it('lets the owner close, extend or withdraw an open case', () => {
    expect(availableCaseActions({ status: 'open', reopened: false })).toEqual([
      'close',
      'extend',
      'withdraw',
    ]);
    expect(isEditable('open')).toBe(true);
    expect(isEditable('closing')).toBe(false);
  });

  it('reopens a case once only', () => {
    expect(availableCaseActions({ status: 'closed', reopened: false })).toEqual(['reopen']);
    expect(availableCaseActions({ status: 'closed', reopened: true })).toEqual([]);
    expect(refusalOf({ status: 'closed', reopened: true }, 'reopen')).toBe(
      'A case can be reopened only once.',
    );
  });

  it('says why an action is refused', () => {
    expect(refusalOf({ status: 'withdrawn', reopened: false }, 'close')).toBe(
      'Only an open case can be closed. This case is withdrawn.',
    );
    expect(refusalOf({ status: 'draft', reopened: false }, 'withdraw')).toBe(
      'Only an open or closing case can be withdrawn. This case is draft.',
    );
    expect(refusalOf({ status: 'closing', reopened: false }, 'finish')).toBeUndefined();
  });
});
