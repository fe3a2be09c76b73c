// The moderators' queue: items link to their review, the waiting count shows, pages load by
// cursor, filters change what is asked for, and a refusal says what to do.
import { describe, expect, it } from 'vitest';
import { json, stubApi, typedProblem } from '../testing/fetchStub';
import { aMember, aQueueItem, aSession } from '../testing/fixtures';
import { click, getButton, getLink, renderApp, waitFor } from '../testing/render';

const aModerator = () => aMember({ roles: ['detective', 'moderator'], twoFactorEnabled: true });

function queueItems(container: HTMLElement): HTMLElement[] {
  return [...container.querySelectorAll<HTMLElement>('[data-testid="queue-item"]')];
}

describe('the verification queue', () => {
  it('lists the applications, each linking to its review, with the waiting count', async () => {
    const item = aQueueItem({
      applicant: { handle: 'dr_elena_v', displayName: 'Dr. Elena V.' },
      specialties: [
        { code: 'cardiology', name: 'Cardiology' },
        { code: 'nephrology', name: 'Nephrology' },
      ],
    });
    const sent = stubApi({
      'GET /api/session': () => json(200, aSession(aModerator())),
      'GET /api/credentials': () => json(200, { items: [item], nextCursor: null, waitingCount: 3 }),
    });
    const { container } = await renderApp('/moderation/credentials');
    await waitFor(() => {
      expect(queueItems(container)).toHaveLength(1);
    });
    expect(getLink(container, 'Dr. Elena V.').getAttribute('href')).toBe(
      `/moderation/credentials/${item.id}`,
    );
    expect(queueItems(container)[0]?.textContent).toContain(
      'Professional · Physician · Cardiology, Nephrology',
    );
    expect(container.textContent).toContain('3 applications wait for review.');
    expect(sent.at(-1)?.url).toBe('/api/credentials?filter=waiting&limit=25');
  });

  it('says so when no application waits', async () => {
    stubApi({
      'GET /api/session': () => json(200, aSession(aModerator())),
      'GET /api/credentials': () => json(200, { items: [], nextCursor: null, waitingCount: 0 }),
    });
    const { container } = await renderApp('/moderation/credentials');
    await waitFor(() => {
      expect(container.querySelector('.empty-state')?.textContent).toBe(
        'No applications wait for review.',
      );
    });
  });

  it('loads the next page with the cursor of the last', async () => {
    const first = aQueueItem();
    const second = aQueueItem({ applicant: { handle: 'bo', displayName: 'Bo Nurse' } });
    const sent = stubApi({
      'GET /api/session': () => json(200, aSession(aModerator())),
      'GET /api/credentials': (request) =>
        request.url.includes('cursor=')
          ? json(200, { items: [second], nextCursor: null, waitingCount: 2 })
          : json(200, { items: [first], nextCursor: 'next_1', waitingCount: 2 }),
    });
    const { container } = await renderApp('/moderation/credentials');
    await waitFor(() => getButton(container, 'Load more'));
    await click(getButton(container, 'Load more'));
    await waitFor(() => {
      expect(queueItems(container)).toHaveLength(2);
    });
    expect(sent.at(-1)?.url).toBe('/api/credentials?filter=waiting&limit=25&cursor=next_1');
    expect(() => getButton(container, 'Load more')).toThrow();
  });

  it('asks for the chosen filter', async () => {
    const sent = stubApi({
      'GET /api/session': () => json(200, aSession(aModerator())),
      'GET /api/credentials': () => json(200, { items: [], nextCursor: null, waitingCount: 0 }),
    });
    const page = await renderApp('/moderation/credentials');
    await waitFor(() => getLink(page.container, 'Needs information'));
    await click(getLink(page.container, 'Needs information'));
    await waitFor(() => {
      expect(page.container.querySelector('.empty-state')?.textContent).toBe(
        "No applications wait for a member's answer.",
      );
    });
    expect(page.location()).toBe('/moderation/credentials?filter=needs-info');
    expect(sent.at(-1)?.url).toBe('/api/credentials?filter=needs-info&limit=25');
    expect(getLink(page.container, 'Needs information').getAttribute('aria-current')).toBe('page');
  });

  it("shows the server's refusal and the way to Settings to a moderator without two-factor", async () => {
    const detail = 'Turn on two-factor sign-in in Settings to use your moderator privileges.';
    stubApi({
      'GET /api/session': () => json(200, aSession(aMember({ roles: ['moderator'] }))),
      'GET /api/credentials': () => typedProblem(403, '/problems/forbidden', detail),
    });
    const { container } = await renderApp('/moderation/credentials');
    await waitFor(() => {
      expect(container.querySelector('.notice--problem')?.textContent).toContain(detail);
    });
    expect(getLink(container, 'Open Settings').getAttribute('href')).toBe('/settings');
  });

  it('is linked in the account navigation for moderators only', async () => {
    stubApi({ 'GET /api/session': () => json(200, aSession(aModerator())) });
    const moderator = await renderApp('/no-such-page');
    await waitFor(() => getLink(moderator.container, 'Moderation'));
    expect(getLink(moderator.container, 'Verification').getAttribute('href')).toBe('/verification');
  });

  it('is not linked for members who are not moderators', async () => {
    stubApi({ 'GET /api/session': () => json(200, aSession(aMember())) });
    const { container } = await renderApp('/no-such-page');
    await waitFor(() => getLink(container, 'Verification'));
    expect(() => getLink(container, 'Moderation')).toThrow();
  });
});
