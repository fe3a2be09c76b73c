// The ranked suggestions on a case page: ranks as the server gives them, votes that toggle,
// and voting refused (with the reason) where the abilities say so.
import { describe, expect, it } from 'vitest';
import type { Suggestion } from '@consilium/api';
import { json, stubApi } from '../testing/fetchStub';
import {
  aCaseDetail,
  aMember,
  aSession,
  aSuggestion,
  CASE_ID,
  caseAbilities,
} from '../testing/fixtures';
import type { Responder } from '../testing/fetchStub';
import { click, descriptionOf, getButton, renderApp, waitFor } from '../testing/render';

const casePath = `/cases/${CASE_ID}`;
const suggestionsPath = `GET /api/cases/${CASE_ID}/suggestions`;

function stubCase(suggestions: Responder, extra: Record<string, Responder> = {}, member = true) {
  return stubApi({
    'GET /api/session': () => json(200, aSession(member ? aMember() : null)),
    [`GET /api/cases/${CASE_ID}`]: () =>
      json(
        200,
        aCaseDetail({
          abilities: caseAbilities({ canSuggest: member, canVote: member }),
        }),
      ),
    [suggestionsPath]: suggestions,
    ...extra,
  });
}

async function openCase(): Promise<HTMLElement> {
  const { container } = await renderApp(casePath);
  await waitFor(() => {
    if (container.querySelectorAll('[data-testid="suggestion"]').length === 0) {
      throw new Error('suggestions not rendered yet');
    }
  });
  return container;
}

function renderedSuggestions(container: HTMLElement) {
  const list = container.querySelector('ol[aria-label="Suggested diagnoses"]');
  return [...(list?.querySelectorAll('li[data-testid="suggestion"]') ?? [])].map((item) => ({
    rank: item.querySelector('[data-testid="suggestion-rank"]')?.textContent,
    diagnosis: item.querySelector('h3')?.textContent,
    score: item.querySelector('[data-testid="suggestion-score"]')?.textContent,
  }));
}

describe('suggested diagnoses', () => {
  it('lists suggestions in rank order with rank, diagnosis and score as text', async () => {
    const items = [
      aSuggestion({ rank: 1, diagnosis: 'Lyme disease', score: 4, upvotes: 5, downvotes: 1 }),
      aSuggestion({ rank: 2, diagnosis: 'Sarcoidosis', score: 1, upvotes: 1 }),
      aSuggestion({ rank: 2, diagnosis: 'Lupus', score: 1, upvotes: 1 }),
    ];
    stubCase(() => json(200, { items }));
    const container = await openCase();
    expect(renderedSuggestions(container)).toEqual([
      { rank: '1', diagnosis: 'Lyme disease', score: 'Score 4' },
      { rank: '2', diagnosis: 'Sarcoidosis', score: 'Score 1' },
      { rank: '2', diagnosis: 'Lupus', score: 'Score 1' },
    ]);
    expect(container.textContent).toContain('5 up, 1 down');
  });

  it("disables voting on the member's own suggestion and says why", async () => {
    const own = aSuggestion({ diagnosis: 'Lupus', isOwn: true, abilities: { canVote: false } });
    stubCase(() => json(200, { items: [own] }));
    const container = await openCase();
    const upvote = getButton(container, 'Upvote Lupus');
    expect(upvote.disabled).toBe(true);
    expect(getButton(container, 'Downvote Lupus').disabled).toBe(true);
    expect(descriptionOf(upvote)).toBe("You can't vote on your own suggestion.");
  });

  it('asks visitors to sign in to vote', async () => {
    const other = aSuggestion({ diagnosis: 'Lupus', abilities: { canVote: false } });
    stubCase(() => json(200, { items: [other] }), {}, false);
    const container = await openCase();
    expect(getButton(container, 'Upvote Lupus').disabled).toBe(true);
    expect(descriptionOf(getButton(container, 'Upvote Lupus'))).toBe('Sign in to vote.');
  });

  it('upvotes, then withdraws the vote when the pressed button is clicked again', async () => {
    let current: Suggestion = aSuggestion({ diagnosis: 'Lupus' });
    const sent = stubCase(() => json(200, { items: [current] }), {
      [`PUT /api/cases/${CASE_ID}/suggestions/${current.id}/vote`]: (request) => {
        const { value } = request.body as { value: 1 | -1 | 0 };
        current = { ...current, myVote: value, score: value, upvotes: value === 1 ? 1 : 0 };
        return json(200, current);
      },
    });
    const container = await openCase();
    const listRequests = () => sent.filter((request) => request.url.endsWith('/suggestions'));
    expect(getButton(container, 'Upvote Lupus').getAttribute('aria-pressed')).toBe('false');

    await click(getButton(container, 'Upvote Lupus'));
    await waitFor(() => {
      expect(getButton(container, 'Upvote Lupus').getAttribute('aria-pressed')).toBe('true');
    });
    expect(listRequests()).toHaveLength(2); // the ranked list is fetched again after a vote
    expect(container.textContent).toContain('Your vote on Lupus was recorded.');

    await click(getButton(container, 'Upvote Lupus'));
    await waitFor(() => {
      expect(getButton(container, 'Upvote Lupus').getAttribute('aria-pressed')).toBe('false');
    });
    const votes = sent.filter((request) => request.method === 'PUT').map((r) => r.body);
    expect(votes).toEqual([{ value: 1 }, { value: 0 }]);
  });

  it('says so when a case has no suggestions yet', async () => {
    stubCase(() => json(200, { items: [] }));
    const { container } = await renderApp(casePath);
    await waitFor(() => {
      expect(container.textContent).toContain('No suggestions yet — be the first.');
    });
    expect(container.querySelector('ol[aria-label="Suggested diagnoses"]')).toBeNull();
  });
});
