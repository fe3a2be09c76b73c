// The owner's close: while the case is closing they rate each suggestion, see how many they have
// rated, read what closing for good does, and close it for good after a confirmation.
import { describe, expect, it } from 'vitest';
import type { CaseDetail, Suggestion } from '@consilium/api';
import { json, stubApi } from '../testing/fetchStub';
import type { SentRequest } from '../testing/fetchStub';
import {
  aBoard,
  aCandidate,
  aCaseDetail,
  aDifferential,
  aMember,
  aSession,
  aSuggestion,
  CASE_ID,
  caseAbilities,
} from '../testing/fixtures';
import { click, getButton, renderApp, waitFor } from '../testing/render';

const ratable = { canEdit: false, canRate: true };

function closingCase(overrides: Partial<CaseDetail> = {}): CaseDetail {
  return aCaseDetail({
    isOwn: true,
    status: 'closing',
    abilities: caseAbilities({ caseActions: ['finish', 'withdraw', 'reopen'] }),
    ...overrides,
  });
}

function ownerApi(suggestions: Suggestion[]) {
  let current = suggestions;
  const sent = stubApi({
    'GET /api/session': () => json(200, aSession(aMember())),
    [`GET /api/cases/${CASE_ID}`]: () => json(200, closingCase()),
    [`GET /api/cases/${CASE_ID}/suggestions`]: () =>
      json(
        200,
        aBoard({
          candidates: current.map((suggestion) =>
            aCandidate({
              id: suggestion.candidateId,
              label: suggestion.diagnosis,
              suggestions: [suggestion],
            }),
          ),
        }),
      ),
    [`GET /api/cases/${CASE_ID}/collective-differential`]: () => json(200, aDifferential()),
    ...Object.fromEntries(
      suggestions.map((suggestion) => [
        `PUT /api/cases/${CASE_ID}/suggestions/${suggestion.id}/rating`,
        (request: SentRequest) => {
          const { helpful } = request.body as { helpful: boolean };
          const rated = { ...suggestion, helpful };
          current = current.map((other) => (other.id === rated.id ? rated : other));
          return json(200, rated);
        },
      ]),
    ),
    [`POST /api/cases/${CASE_ID}/status`]: () =>
      json(200, closingCase({ status: 'closed', abilities: caseAbilities() })),
  });
  return sent;
}

async function openCase(): Promise<HTMLElement> {
  const { container } = await renderApp(`/cases/${CASE_ID}`);
  await waitFor(() => {
    if (!container.querySelector('[data-testid="rating-progress"]')) throw new Error('not yet');
  });
  return container;
}

function review(container: HTMLElement): HTMLElement {
  const found = container.querySelector<HTMLElement>('.closing-review');
  if (!found) throw new Error('no closing review');
  return found;
}

function rateGroup(container: HTMLElement, diagnosis: string): HTMLElement {
  const found = review(container).querySelector<HTMLElement>(
    `[role="group"][aria-label="Rate ${diagnosis}"]`,
  );
  if (!found) throw new Error(`no rating for ${diagnosis}`);
  return found;
}

const suggestions = () => [
  aSuggestion({ diagnosis: 'Lyme disease', helpful: true, abilities: ratable }),
  aSuggestion({ diagnosis: 'Sarcoidosis', abilities: ratable }),
  aSuggestion({ diagnosis: 'Lupus', abilities: ratable }),
];

describe("the owner's close", () => {
  it('shows how many suggestions are rated, and counts a new rating at once', async () => {
    const sent = ownerApi(suggestions());
    const container = await openCase();
    const progress = () => review(container).querySelector('[data-testid="rating-progress"]');
    expect(progress()?.textContent).toBe('1 of 3 suggestions rated');
    expect(review(container).querySelector('progress')?.getAttribute('value')).toBe('1');
    expect(
      getButton(rateGroup(container, 'Lyme disease'), 'Helpful').getAttribute('aria-pressed'),
    ).toBe('true');

    await click(getButton(rateGroup(container, 'Sarcoidosis'), 'Not helpful'));
    await waitFor(() => {
      expect(progress()?.textContent).toBe('2 of 3 suggestions rated');
    });
    expect(
      getButton(rateGroup(container, 'Sarcoidosis'), 'Not helpful').getAttribute('aria-pressed'),
    ).toBe('true');
    expect(sent.filter((request) => request.method === 'PUT').map((r) => r.body)).toEqual([
      { helpful: false },
    ]);
  });

  it('says what closing for good does, and asks again before doing it', async () => {
    const sent = ownerApi(suggestions());
    const container = await openCase();
    const text = review(container).textContent;
    expect(text).toContain('The report is frozen as it stands');
    expect(text).toContain('paid out to the contributors, shared by your ratings');
    expect(review(container).querySelector('.closing-review__finish a')?.getAttribute('href')).toBe(
      `/cases/${CASE_ID}/report`,
    );

    await click(getButton(review(container), 'Close for good'));
    expect(review(container).textContent).toContain(
      'You have not rated 2 suggestions. Close this case for good anyway?',
    );
    expect(sent.filter((request) => request.method === 'POST')).toEqual([]);
    await click(getButton(review(container), 'Yes, close it for good'));
    await waitFor(() => {
      expect(container.querySelector('.closing-review')).toBeNull();
    });
    expect(sent.filter((request) => request.method === 'POST').map((r) => r.body)).toEqual([
      { action: 'finish' },
    ]);
    expect(container.querySelector('.case-report')?.textContent).toContain(
      'This case is closed for good: its report is final.',
    );
  });

  it('is shown only to the owner of a closing case', async () => {
    stubApi({
      'GET /api/session': () => json(200, aSession(aMember())),
      [`GET /api/cases/${CASE_ID}`]: () => json(200, closingCase({ isOwn: false })),
      [`GET /api/cases/${CASE_ID}/suggestions`]: () => json(200, aBoard()),
      [`GET /api/cases/${CASE_ID}/collective-differential`]: () => json(200, aDifferential()),
    });
    const { container } = await renderApp(`/cases/${CASE_ID}`);
    await waitFor(() => {
      expect(container.querySelector('.case-report')?.textContent).toContain('Preview the report');
    });
    expect(container.querySelector('.closing-review')).toBeNull();
  });
});
