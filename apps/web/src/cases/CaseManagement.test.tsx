// "Manage this case": the owner sees exactly the actions the server allows, each sends the body the
// contract names, and what happened (or why not) is said in words.
import { describe, expect, it } from 'vitest';
import type { CaseDetail } from '@consilium/api';
import { json, problem, stubApi } from '../testing/fetchStub';
import type { SentRequest } from '../testing/fetchStub';
import {
  aCaseDetail,
  aMember,
  aReport,
  aSession,
  CASE_ID,
  caseAbilities,
  noSuggestionsYet,
} from '../testing/fixtures';
import {
  click,
  descriptionOf,
  getButton,
  getField,
  renderApp,
  typeInto,
  waitFor,
} from '../testing/render';

const LIFECYCLE_BUTTONS = [
  'Close case',
  'Close for good',
  'Withdraw case',
  'Reopen case',
  'Extend window',
];

function ownCase(overrides: Partial<CaseDetail> = {}): CaseDetail {
  return aCaseDetail({
    isOwn: true,
    closesAt: '2099-03-31T10:00:00.000Z',
    abilities: caseAbilities({ canEdit: true, caseActions: ['close', 'extend', 'withdraw'] }),
    ...overrides,
  });
}

function lifecycleButtons(container: HTMLElement): string[] {
  return [...container.querySelectorAll('.case-manage button')]
    .map((button) => button.textContent)
    .filter((name) => LIFECYCLE_BUTTONS.includes(name));
}

function statusChanges(sent: SentRequest[]): unknown[] {
  return sent.filter((request) => request.method === 'POST').map((request) => request.body);
}

async function openCase(
  shown: CaseDetail,
  answer: (request: SentRequest) => Response = () => json(200, shown),
) {
  const sent = stubApi({
    'GET /api/session': () => json(200, aSession(aMember())),
    [`GET /api/cases/${CASE_ID}`]: () => json(200, shown),
    ...noSuggestionsYet(),
    [`GET /api/cases/${CASE_ID}/report`]: () => json(200, aReport()),
    [`POST /api/cases/${CASE_ID}/status`]: answer,
  });
  const page = await renderApp(`/cases/${CASE_ID}`);
  await waitFor(() => page.container.querySelector('.case-manage') ?? failNow());
  return { ...page, sent };
}

function failNow(): never {
  throw new Error('not rendered yet');
}

describe('managing a case', () => {
  it('offers the owner of an open case exactly close, extend and withdraw, and "Edit case"', async () => {
    const { container } = await openCase(ownCase());
    expect(lifecycleButtons(container)).toEqual(['Extend window', 'Close case', 'Withdraw case']);
    expect(container.querySelector('.case-manage a')?.getAttribute('href')).toBe(
      `/cases/${CASE_ID}/edit`,
    );
  });

  it('shows no management to anyone but the owner', async () => {
    stubApi({
      'GET /api/session': () => json(200, aSession(aMember())),
      [`GET /api/cases/${CASE_ID}`]: () => json(200, aCaseDetail()),
      ...noSuggestionsYet(),
    });
    const { container } = await renderApp(`/cases/${CASE_ID}`);
    await waitFor(() => {
      expect(container.querySelector('h1')?.textContent).toBe(
        'Recurring fevers and a migrating rash',
      );
    });
    expect(container.querySelector('.case-manage')).toBeNull();
  });

  it('closes after confirmation, says so, and then offers what a closing case allows', async () => {
    const closing = ownCase({
      status: 'closing',
      abilities: caseAbilities({ caseActions: ['finish', 'withdraw', 'reopen'] }),
    });
    const { container, sent } = await openCase(ownCase(), () => json(200, closing));
    await click(getButton(container, 'Close case'));
    expect(statusChanges(sent)).toEqual([]);
    await click(getButton(container, 'Yes, close it'));

    await waitFor(() => {
      expect(container.querySelector('.case-manage [role="status"]')?.textContent).toBe(
        'The case is closed: it takes no new suggestions.',
      );
    });
    expect(statusChanges(sent)).toEqual([{ action: 'close' }]);
    expect(lifecycleButtons(container)).toEqual(['Reopen case', 'Withdraw case']);
    // Closing for good is offered beside the ratings of the suggestions.
    expect(container.querySelector('.closing-review')?.textContent).toContain('Close for good');
    expect(container.querySelector('.case__meta .badge')?.textContent).toBe('Closing');
  });

  it('reopens for 14 days unless told otherwise', async () => {
    const closed = ownCase({
      status: 'closed',
      abilities: caseAbilities({ caseActions: ['reopen'] }),
    });
    const { container, sent } = await openCase(closed, () => json(200, ownCase()));
    expect(lifecycleButtons(container)).toEqual(['Reopen case']);
    await click(getButton(container, 'Reopen case'));
    await waitFor(() => {
      expect(statusChanges(sent)).toEqual([{ action: 'reopen', submissionWindowDays: 14 }]);
    });
  });

  it('extends by the days given, refusing a number outside 1 to 30 before sending', async () => {
    const { container, sent } = await openCase(ownCase());
    await typeInto(getField(container, 'Days to add'), '45');
    await click(getButton(container, 'Extend window'));
    expect(descriptionOf(getField(container, 'Days to add'))).toContain(
      'Days to add must be at most 30.',
    );
    expect(statusChanges(sent)).toEqual([]);

    await typeInto(getField(container, 'Days to add'), '10');
    await click(getButton(container, 'Extend window'));
    await waitFor(() => {
      expect(statusChanges(sent)).toEqual([{ action: 'extend', days: 10 }]);
    });
  });

  it('withdraws with the reason given', async () => {
    const { container, sent } = await openCase(ownCase());
    await click(getButton(container, 'Withdraw case'));
    await typeInto(getField(container, 'Reason (optional)'), 'Diagnosed in clinic.');
    await click(getButton(container, 'Yes, withdraw it'));
    await waitFor(() => {
      expect(statusChanges(sent)).toEqual([{ action: 'withdraw', reason: 'Diagnosed in clinic.' }]);
    });
  });

  it('says in words why the server refused, as it said it', async () => {
    const { container } = await openCase(ownCase(), () =>
      problem(409, 'Only an open case can be closed. This case is closing.'),
    );
    await click(getButton(container, 'Close case'));
    await click(getButton(container, 'Yes, close it'));
    await waitFor(() => {
      expect(
        container.querySelector('.case-manage .confirmation [role="alert"]')?.textContent,
      ).toBe('The case was not changed. Only an open case can be closed. This case is closing.');
    });
  });
});
