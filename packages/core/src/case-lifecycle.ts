// The life of a case: draft → open → closing (window ended, or the owner closed it) → closed;
// the owner may withdraw it while it is open or closing, extend its window while open, and reopen
// it once after it closed. Pure: the caller passes the status as of now.

export type CaseStatus = 'draft' | 'open' | 'closing' | 'closed' | 'withdrawn';

export const CASE_ACTIONS = ['close', 'finish', 'withdraw', 'reopen', 'extend'] as const;
export type CaseAction = (typeof CASE_ACTIONS)[number];

/** Longest a case stays open after it is published or reopened, extensions included. */
export const MAX_WINDOW_DAYS = 120;

export interface LifecycleState {
  status: CaseStatus;
  /** The owner reopened it before: it cannot reopen again. */
  reopened: boolean;
}

/** What the owner may do to the case now. */
export function availableCaseActions(state: LifecycleState): CaseAction[] {
  switch (state.status) {
    case 'open':
      return ['close', 'extend', 'withdraw'];
    case 'closing':
      return state.reopened ? ['finish', 'withdraw'] : ['finish', 'withdraw', 'reopen'];
    case 'closed':
      return state.reopened ? [] : ['reopen'];
    case 'draft':
    case 'withdrawn':
      return [];
  }
}

/** Why an action is refused, in words the owner can act on; undefined when it is allowed. */
export function refusalOf(state: LifecycleState, action: CaseAction): string | undefined {
  if (availableCaseActions(state).includes(action)) return undefined;
  if (action === 'reopen' && state.reopened) return 'A case can be reopened only once.';
  const what: Record<CaseAction, string> = {
    close: 'Only an open case can be closed.',
    finish: 'Only a case that is closing can be closed for good.',
    withdraw: 'Only an open or closing case can be withdrawn.',
    reopen: 'Only a closed or closing case can be reopened.',
    extend: "Only an open case's window can be extended.",
  };
  return `${what[action]} This case is ${state.status}.`;
}

/** Whether the owner may still edit the case's content. */
export function isEditable(status: CaseStatus): boolean {
  return status === 'open';
}
