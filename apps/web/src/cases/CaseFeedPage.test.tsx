// The case feed: a page at a time through nextCursor, and clear empty and error states.
import { describe, expect, it } from 'vitest';
import { json, problem, stubApi } from '../testing/fetchStub';
import { aCaseSummary, aSession } from '../testing/fixtures';
import { click, getButton, renderApp, waitFor } from '../testing/render';

const visitor = { 'GET /api/session': () => json(200, aSession(null)) };

function caseTitles(container: HTMLElement): string[] {
  return [...container.querySelectorAll('.case-card h2')].map((title) => title.textContent);
}

describe('the case feed', () => {
  it('shows each case with its author, status and suggestion count, then loads more', async () => {
    const first = aCaseSummary({ title: 'Recurring fevers', suggestionCount: 1 });
    const second = aCaseSummary({ title: 'Night sweats', status: 'closed' });
    const sent = stubApi({
      ...visitor,
      'GET /api/cases': (request) =>
        request.url.includes('cursor=page2')
          ? json(200, { items: [second], nextCursor: null })
          : json(200, { items: [first], nextCursor: 'page2' }),
    });
    const { container } = await renderApp('/');
    await waitFor(() => {
      expect(caseTitles(container)).toEqual(['Recurring fevers']);
    });
    const card = container.querySelector('.case-card');
    expect(card?.querySelector('a')?.getAttribute('href')).toBe(`/cases/${first.id}`);
    expect(card?.textContent).toContain('by Pat Patient');
    expect(card?.textContent).toContain('1 suggestion');
    expect(card?.textContent).toContain('3 days ago');
    expect(card?.textContent).toContain('Open');

    await click(getButton(container, 'Load more'));
    await waitFor(() => {
      expect(caseTitles(container)).toEqual(['Recurring fevers', 'Night sweats']);
    });
    expect(
      sent.map((request) => request.url).filter((url) => url.startsWith('/api/cases')),
    ).toEqual(['/api/cases?limit=20', '/api/cases?limit=20&cursor=page2']);
    expect(container.textContent).not.toContain('Load more');
  });

  it('invites the first post when there are no cases', async () => {
    stubApi({ ...visitor, 'GET /api/cases': () => json(200, { items: [], nextCursor: null }) });
    const { container } = await renderApp('/');
    await waitFor(() => {
      expect(container.textContent).toContain('No cases yet');
    });
    const link = [...container.querySelectorAll('main a')].find(
      (anchor) => anchor.textContent === 'Post the first case',
    );
    expect(link?.getAttribute('href')).toBe('/cases/new');
  });

  it('says in words that the feed failed, and retries', async () => {
    let attempts = 0;
    stubApi({
      ...visitor,
      'GET /api/cases': () => {
        attempts += 1;
        return attempts === 1
          ? problem(503, 'The database is not answering.')
          : json(200, { items: [aCaseSummary({ title: 'Back again' })], nextCursor: null });
      },
    });
    const { container } = await renderApp('/');
    await waitFor(() => {
      expect(container.querySelector('[role="alert"]')?.textContent).toContain(
        "We couldn't load the cases.",
      );
    });
    await click(getButton(container, 'Retry'));
    await waitFor(() => {
      expect(caseTitles(container)).toEqual(['Back again']);
    });
  });
});
