// Searching cases: from the header box to /search, the API's checks made before asking it,
// matches marked with <mark> from plain segments (never HTML), sort and filters in the address,
// and failures and limits in words.
import { describe, expect, it } from 'vitest';
import type { SearchResult } from '@consilium/api';
import { json, problem, stubApi, typedProblem } from '../testing/fetchStub';
import type { SentRequest } from '../testing/fetchStub';
import { aCaseSummary, aSession } from '../testing/fixtures';
import {
  choose,
  click,
  getButton,
  getField,
  getSelect,
  renderApp,
  typeInto,
  waitFor,
} from '../testing/render';

const visitor = { 'GET /api/session': () => json(200, aSession(null)) };

function aResult(overrides: Partial<SearchResult> = {}): SearchResult {
  return {
    ...aCaseSummary({ title: 'Recurrent pericarditis and fevers' }),
    titleHighlight: [
      { text: 'Recurrent ', match: false },
      { text: 'pericarditis', match: true },
      { text: ' and fevers', match: false },
    ],
    snippet: [
      { text: '…three episodes of ', match: false },
      { text: 'pericarditis', match: true },
      { text: ' in a year…', match: false },
    ],
    rank: 0.8,
    ...overrides,
  };
}

function results(items: SearchResult[], extra: { nextCursor?: string; bounded?: boolean } = {}) {
  return json(200, {
    items,
    nextCursor: extra.nextCursor ?? null,
    bounded: extra.bounded ?? false,
  });
}

function searches(sent: SentRequest[]): string[] {
  return sent.map((request) => request.url).filter((url) => url.startsWith('/api/search'));
}

async function searchFromHeader(container: HTMLElement, words: string): Promise<void> {
  const box = getField(container, 'Search cases');
  await typeInto(box, words);
  await click(getButton(container.querySelector('header') ?? container, 'Search'));
}

describe('searching from the header', () => {
  it('opens /search with the words and marks the matches in titles and passages', async () => {
    const sent = stubApi({
      ...visitor,
      'GET /api/cases': () => json(200, { items: [], nextCursor: null }),
      'GET /api/search/cases': () => results([aResult()]),
    });
    const page = await renderApp('/');
    await searchFromHeader(page.container, 'pericarditis fever');
    await waitFor(() => {
      expect(page.location()).toBe('/search?q=pericarditis%20fever');
    });
    const card = await waitFor(() => page.container.querySelector('.case-card') ?? fail());
    expect(card.querySelector('h2')?.textContent).toBe('Recurrent pericarditis and fevers');
    expect([...card.querySelectorAll('h2 mark')].map((mark) => mark.textContent)).toEqual([
      'pericarditis',
    ]);
    expect(
      [...card.querySelectorAll('.case-card__excerpt mark')].map((m) => m.textContent),
    ).toEqual(['pericarditis']);
    expect(page.container.querySelector('main h1')?.textContent).toBe('Search cases');
    expect(page.container.textContent).toContain('Results for “pericarditis fever”');
    expect(searches(sent)).toEqual([
      '/api/search/cases?q=pericarditis+fever&sort=relevance&limit=20',
    ]);
  });
});

describe('the search results', () => {
  it('renders markup from the API as text, never as HTML', async () => {
    const attack = '<img src=x onerror=alert(1)>';
    stubApi({
      ...visitor,
      'GET /api/search/cases': () =>
        results([
          aResult({
            title: `Rash ${attack}`,
            titleHighlight: [
              { text: 'Rash ', match: true },
              { text: attack, match: false },
            ],
            snippet: [{ text: `<b>bold</b> ${attack}`, match: true }],
          }),
        ]),
    });
    const { container } = await renderApp('/search?q=rash');
    const card = await waitFor(() => container.querySelector('.case-card') ?? fail());
    expect(card.querySelector('h2')?.textContent).toBe(`Rash ${attack}`);
    expect(card.querySelector('.case-card__excerpt mark')?.textContent).toBe(
      `<b>bold</b> ${attack}`,
    );
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('b')).toBeNull();
  });

  it('keeps the sort and the filters in the address and sends them, then loads more', async () => {
    const sent = stubApi({
      ...visitor,
      'GET /api/search/cases': (request) =>
        request.url.includes('cursor=next')
          ? results([
              aResult({ title: 'Second', titleHighlight: [{ text: 'Second', match: false }] }),
            ])
          : results([aResult()], { nextCursor: 'next' }),
    });
    const page = await renderApp('/search?q=fever&kind=clinical');
    await waitFor(() => page.container.querySelector('.case-card') ?? fail());
    await choose(getSelect(page.container, 'Sort by'), 'newest');
    await waitFor(() => {
      expect(page.location()).toBe('/search?q=fever&kind=clinical&sort=newest');
    });
    await click(await waitFor(() => getButton(page.container, 'Load more')));
    await waitFor(() => {
      expect(page.container.querySelectorAll('.case-card')).toHaveLength(2);
    });
    expect(searches(sent)).toEqual([
      '/api/search/cases?q=fever&sort=relevance&kind=clinical&limit=20',
      '/api/search/cases?q=fever&sort=newest&kind=clinical&limit=20',
      '/api/search/cases?q=fever&sort=newest&kind=clinical&limit=20&cursor=next',
    ]);
  });

  it('says when only the most recent matches were ranked', async () => {
    stubApi({ ...visitor, 'GET /api/search/cases': () => results([aResult()], { bounded: true }) });
    const { container } = await renderApp('/search?q=fever');
    await waitFor(() => {
      expect(container.textContent).toContain(
        'Showing the best matches among the most recent ones; add words or filters to narrow the search.',
      );
    });
  });

  it('says so when nothing matches', async () => {
    stubApi({ ...visitor, 'GET /api/search/cases': () => results([]) });
    const { container } = await renderApp('/search?q=zebra');
    await waitFor(() => {
      expect(container.querySelector('.empty-state h2')?.textContent).toBe(
        'No cases match “zebra”',
      );
    });
  });
});

describe('what cannot be searched', () => {
  it('refuses fewer than 3 characters before asking the server', async () => {
    const sent = stubApi(visitor);
    const page = await renderApp('/search');
    const field = getField(page.container, 'Words to search for');
    await typeInto(field, 'ab');
    await click(getButton(page.container.querySelector('main') ?? page.container, 'Search'));
    expect(page.container.querySelector('.field__error')?.textContent).toBe(
      'Type at least 3 characters to search.',
    );
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(field);
    expect(page.location()).toBe('/search');

    await typeInto(field, 'a b c');
    await click(getButton(page.container.querySelector('main') ?? page.container, 'Search'));
    expect(page.container.querySelector('.field__error')?.textContent).toBe(
      'Search for at least one word of 3 or more letters.',
    );
    expect(searches(sent)).toEqual([]);
  });

  it('explains a too-short search that arrives in the address, without asking the server', async () => {
    const sent = stubApi(visitor);
    const { container } = await renderApp('/search?q=ab');
    expect(container.querySelector('.field__error')?.textContent).toBe(
      'Type at least 3 characters to search.',
    );
    expect(searches(sent)).toEqual([]);
  });

  it('asks to wait after too many searches, with the reason', async () => {
    stubApi({
      ...visitor,
      'GET /api/search/cases': () =>
        typedProblem(429, '/problems/rate-limited', 'You searched 30 times in a minute.'),
    });
    const { container } = await renderApp('/search?q=fever');
    await waitFor(() => {
      const alert = container.querySelector('[role="alert"]');
      expect(alert?.textContent).toContain('Too many searches; try again in a moment.');
      expect(alert?.textContent).toContain('You searched 30 times in a minute.');
    });
  });

  it("shows the server's reason when it refuses the words or filters", async () => {
    stubApi({
      ...visitor,
      'GET /api/search/cases': () => problem(400, 'To must be a date like 2026-01-31'),
    });
    const { container } = await renderApp('/search?q=fever&to=soon');
    await waitFor(() => {
      const alert = container.querySelector('[role="alert"]');
      expect(alert?.textContent).toContain("We couldn't search with these words or filters.");
      expect(alert?.textContent).toContain('To must be a date like 2026-01-31');
    });
  });
});

function fail(): never {
  throw new Error('not rendered yet');
}
