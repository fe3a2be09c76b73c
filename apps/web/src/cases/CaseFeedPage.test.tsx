// The home page's feeds: a page at a time through nextCursor, feeds and filters kept in the
// address (so a filtered feed can be shared and reloaded), members' feeds for members only, and
// clear empty and error states.
import { describe, expect, it } from 'vitest';
import { json, problem, stubApi } from '../testing/fetchStub';
import type { SentRequest } from '../testing/fetchStub';
import { aCaseSummary, aCredential, aMember, aSession } from '../testing/fixtures';
import {
  choose,
  click,
  getButton,
  getField,
  getLink,
  getSelect,
  renderApp,
  waitFor,
} from '../testing/render';

const visitor = { 'GET /api/session': () => json(200, aSession(null)) };
const member = {
  'GET /api/session': () => json(200, aSession(aMember())),
  'GET /api/me/notifications/unread-count': () => json(200, { unreadCount: 0 }),
};
const noCases = () => json(200, { items: [], nextCursor: null });

function caseTitles(container: HTMLElement): string[] {
  return [...container.querySelectorAll('.case-card h2')].map((title) => title.textContent);
}

function feedRequests(sent: SentRequest[]): string[] {
  return sent.map((request) => request.url).filter((url) => url.startsWith('/api/cases'));
}

describe('the case feed', () => {
  it('shows each case with its label, author, counts and window, then loads more', async () => {
    const first = aCaseSummary({
      title: 'Recurring fevers',
      suggestionCount: 1,
      commentCount: 4,
      viewCount: 31,
      label: 'solved',
      specialties: [{ code: 'rheumatology', name: 'Rheumatology' }],
      closesAt: new Date(Date.now() + 5 * 24 * 3600 * 1000 + 60_000).toISOString(),
    });
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
    expect(card?.querySelector('.case-label')?.textContent).toBe('Solved');
    expect(card?.textContent).toContain('by Pat Patient');
    expect(card?.textContent).toContain('1 suggestion');
    expect(card?.textContent).toContain('4 comments');
    expect(card?.textContent).toContain('31 views');
    expect(card?.textContent).toContain('Rheumatology');
    expect(card?.textContent).toContain('3 days ago');
    expect(card?.textContent).toContain('Closes in 5 days');
    expect(card?.textContent).toContain('Open');

    await click(getButton(container, 'Load more'));
    await waitFor(() => {
      expect(caseTitles(container)).toEqual(['Recurring fevers', 'Night sweats']);
    });
    expect(feedRequests(sent)).toEqual([
      '/api/cases?feed=latest&limit=20',
      '/api/cases?feed=latest&limit=20&cursor=page2',
    ]);
    expect(container.textContent).not.toContain('Load more');
  });

  it('invites the first post when there are no cases', async () => {
    stubApi({ ...visitor, 'GET /api/cases': noCases });
    const { container } = await renderApp('/');
    await waitFor(() => {
      expect(container.textContent).toContain('No cases yet');
    });
    expect(getLink(container, 'Post the first case').getAttribute('href')).toBe('/cases/new');
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

describe('feeds and filters in the address', () => {
  it('switches feeds through the tabs, marking the current one', async () => {
    const sent = stubApi({ ...visitor, 'GET /api/cases': noCases });
    const page = await renderApp('/');
    await waitFor(() => {
      expect(page.container.textContent).toContain('No cases yet');
    });
    await click(getLink(page.container, 'Unanswered'));
    await waitFor(() => {
      expect(page.container.querySelector('h1')?.textContent).toBe('Unanswered cases');
    });
    expect(page.location()).toBe('/?feed=unanswered');
    expect(getLink(page.container, 'Unanswered').getAttribute('aria-current')).toBe('page');
    expect(getLink(page.container, 'Latest').getAttribute('aria-current')).toBeNull();
    await waitFor(() => {
      expect(feedRequests(sent)).toContain('/api/cases?feed=unanswered&limit=20');
    });
  });

  it('puts each filter in the address and asks the server with it, keeping it across feeds', async () => {
    const sent = stubApi({ ...visitor, 'GET /api/cases': noCases });
    const page = await renderApp('/?feed=trending');
    await waitFor(() => getSelect(page.container, 'Kind'));
    await choose(getSelect(page.container, 'Kind'), 'clinical');
    await click(getField(page.container, 'Only cases with images'));
    await waitFor(() => {
      expect(page.location()).toBe('/?feed=trending&kind=clinical&hasImages=true');
    });
    await waitFor(() => {
      expect(feedRequests(sent)).toContain(
        '/api/cases?feed=trending&kind=clinical&hasImages=true&limit=20',
      );
    });
    await waitFor(() => {
      expect(page.container.textContent).toContain('No cases match these filters');
    });
    expect(getLink(page.container, 'Unanswered').getAttribute('href')).toBe(
      '/?feed=unanswered&kind=clinical&hasImages=true',
    );
    expect(getButton(page.container, 'Filters (2 on)').getAttribute('aria-expanded')).toBe('false');

    await click(getButton(page.container, 'Clear filters'));
    await waitFor(() => {
      expect(page.location()).toBe('/?feed=trending');
    });
  });

  it('restores a shared filtered feed from its address', async () => {
    const sent = stubApi({ ...visitor, 'GET /api/cases': noCases });
    const page = await renderApp('/?specialty=cardiology&label=case-study&from=2026-01-01');
    await waitFor(() => {
      expect(feedRequests(sent)).toEqual([
        '/api/cases?feed=latest&specialty=cardiology&label=case-study&from=2026-01-01&limit=20',
      ]);
    });
    expect(getSelect(page.container, 'Specialty').value).toBe('cardiology');
    expect(getSelect(page.container, 'Label').value).toBe('case-study');
    expect(getField(page.container, 'Posted from').value).toBe('2026-01-01');
  });

  it("shows the server's reason when it refuses a filter, and clears the filters", async () => {
    stubApi({
      ...visitor,
      'GET /api/cases': (request) =>
        request.url.includes('from=')
          ? problem(400, 'From must be a date like 2026-01-31', [
              { field: 'query.from', message: 'From must be a date like 2026-01-31' },
            ])
          : noCases(),
    });
    const page = await renderApp('/?from=yesterday');
    await waitFor(() => {
      const alert = page.container.querySelector('[role="alert"]');
      expect(alert?.textContent).toContain("These filters can't be used.");
      expect(alert?.textContent).toContain('From must be a date like 2026-01-31');
    });
    expect(page.container.textContent).not.toContain('Retry');
    await click(getButton(page.container.querySelector('main') ?? page.container, 'Clear filters'));
    await waitFor(() => {
      expect(page.location()).toBe('/');
    });
    await waitFor(() => {
      expect(page.container.textContent).toContain('No cases yet');
    });
  });
});

describe("members' feeds", () => {
  it('invites a visitor to sign in for the cases they follow, without asking for them', async () => {
    const sent = stubApi(visitor);
    const page = await renderApp('/?feed=following');
    await waitFor(() => {
      expect(page.container.textContent).toContain('Sign in to see the cases you follow.');
    });
    expect(page.container.querySelector('h1')?.textContent).toBe('Cases I follow');
    expect(feedRequests(sent)).toEqual([]);
  });

  it('explains verification to a member without verified specialties', async () => {
    const sent = stubApi({
      ...member,
      'GET /api/me/credentials': () =>
        json(200, {
          items: [aCredential({ status: 'pending' })],
          canApply: { professional: false, student: true },
        }),
    });
    const page = await renderApp('/?feed=specialties');
    await waitFor(() => {
      expect(page.container.textContent).toContain('No verified specialties yet');
    });
    expect(getLink(page.container, 'Apply for verification').getAttribute('href')).toBe(
      '/verification',
    );
    expect(feedRequests(sent)).toEqual([]);
  });

  it('shows a verified professional the cases in their specialties', async () => {
    const sent = stubApi({
      ...member,
      'GET /api/me/credentials': () =>
        json(200, {
          items: [aCredential({ status: 'approved' })],
          canApply: { professional: false, student: true },
        }),
      'GET /api/cases': () =>
        json(200, { items: [aCaseSummary({ title: 'Chest pain at rest' })], nextCursor: null }),
    });
    const page = await renderApp('/?feed=specialties');
    await waitFor(() => {
      expect(caseTitles(page.container)).toEqual(['Chest pain at rest']);
    });
    expect(page.container.textContent).toContain(
      'Cases tagged with your verified specialties: Cardiology.',
    );
    expect(feedRequests(sent)).toEqual(['/api/cases?feed=specialties&limit=20']);
  });
});
