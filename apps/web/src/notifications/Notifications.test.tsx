// Notifications: the header's unread count (polled every minute, asked again on focus), the list
// with each kind in words, unread ones marked, "Mark all read", one marked read when opened, the
// unread-only view and "Load more".
import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { NotificationView } from '@consilium/api';
import { json, stubApi } from '../testing/fetchStub';
import type { Responder, SentRequest } from '../testing/fetchStub';
import {
  aCaseDetail,
  aMember,
  aSession,
  CASE_ID,
  CSRF_TOKEN,
  noSuggestionsYet,
} from '../testing/fixtures';
import { click, getButton, getLink, renderApp, waitFor } from '../testing/render';

let sequence = 0;
function aNotification(overrides: Partial<NotificationView> = {}): NotificationView {
  sequence += 1;
  return {
    id: `10000000-0000-4000-8000-${String(sequence).padStart(12, '0')}`,
    kind: 'mention',
    caseId: CASE_ID,
    commentId: null,
    actor: 'Bo Solver',
    title: 'Recurring fevers and a migrating rash',
    message: null,
    createdAt: new Date(Date.now() - 2 * 3600 * 1000).toISOString(),
    read: false,
    ...overrides,
  };
}

function signedIn(table: Record<string, Responder>): SentRequest[] {
  return stubApi({ 'GET /api/session': () => json(200, aSession(aMember())), ...table });
}

function list(items: NotificationView[], unreadCount: number, nextCursor: string | null = null) {
  return json(200, { items, nextCursor, unreadCount });
}

function marks(sent: SentRequest[]): unknown[] {
  return sent.filter((request) => request.method === 'POST').map((request) => request.body);
}

function bell(container: HTMLElement): HTMLAnchorElement {
  const found = container.querySelector<HTMLAnchorElement>('header a[href="/notifications"]');
  if (!found) throw new Error('no notifications link in the header');
  return found;
}

afterEach(() => {
  vi.useRealTimers();
});

describe('the unread count in the header', () => {
  it('shows the count on the way to the notifications, and asks again every minute', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    let unreadCount = 3;
    const sent = signedIn({
      'GET /api/me/notifications/unread-count': () => json(200, { unreadCount }),
      'GET /api/cases': () => json(200, { items: [], nextCursor: null }),
    });
    const { container } = await renderApp('/');
    await waitFor(() => {
      expect(bell(container).textContent).toBe('Notifications 33 unread');
    });
    unreadCount = 5;
    await act(async () => {
      vi.advanceTimersByTime(60_000);
      await Promise.resolve();
    });
    await waitFor(() => {
      expect(bell(container).textContent).toBe('Notifications 55 unread');
    });
    expect(
      sent.filter((request) => request.url === '/api/me/notifications/unread-count'),
    ).toHaveLength(2);
  });

  it('asks again when the window regains focus, and shows no count for none', async () => {
    let unreadCount = 0;
    signedIn({
      'GET /api/me/notifications/unread-count': () => json(200, { unreadCount }),
      'GET /api/cases': () => json(200, { items: [], nextCursor: null }),
    });
    const { container } = await renderApp('/');
    await waitFor(() => {
      expect(bell(container).textContent).toBe('Notifications ');
    });
    unreadCount = 1;
    await act(async () => {
      window.dispatchEvent(new Event('visibilitychange'));
      await Promise.resolve();
    });
    await waitFor(() => {
      expect(bell(container).textContent).toBe('Notifications 11 unread');
    });
  });

  it('is not asked for a visitor', async () => {
    const sent = stubApi({
      'GET /api/session': () => json(200, aSession(null)),
      'GET /api/cases': () => json(200, { items: [], nextCursor: null }),
    });
    const { container } = await renderApp('/');
    await waitFor(() => getLink(container, 'Sign in'));
    expect(container.querySelector('header a[href="/notifications"]')).toBeNull();
    expect(sent.some((request) => request.url.includes('notifications'))).toBe(false);
  });
});

describe('the notifications page', () => {
  it('names each kind in words, with who and which case, unread ones marked', async () => {
    const kinds: NotificationView['kind'][] = ['page', 'mention', 'answer', 'reply'];
    signedIn({
      'GET /api/me/notifications/unread-count': () => json(200, { unreadCount: 1 }),
      'GET /api/me/notifications': () =>
        list(
          kinds.map((kind, index) =>
            aNotification({
              kind,
              read: index > 0,
              actor: kind === 'page' ? 'Verified physician · Cardiology' : 'Bo Solver',
              message: kind === 'page' ? 'Urgent: could cardiology look today?' : null,
            }),
          ),
          1,
        ),
    });
    const { container } = await renderApp('/notifications');
    const items = await waitFor(() => {
      const found = [...container.querySelectorAll('.notification')];
      expect(found).toHaveLength(4);
      return found;
    });
    expect(items.map((item) => item.querySelector('.notification__what')?.textContent)).toEqual([
      'UnreadPaged you about',
      'Mentioned you in',
      'Answered your question on',
      'Replied to you on',
    ]);
    expect(items[0]?.classList.contains('notification--unread')).toBe(true);
    expect(items[1]?.classList.contains('notification--unread')).toBe(false);
    expect(items[0]?.textContent).toContain('by Verified physician · Cardiology');
    expect(items[0]?.textContent).toContain('Urgent: could cardiology look today?');
    expect(items[0]?.querySelector('a')?.getAttribute('href')).toBe(`/cases/${CASE_ID}`);
    expect(container.querySelector('.notifications__count')?.textContent).toBe('1 unread');
  });

  it('marks all read, and shows them read with the header count gone', async () => {
    const sent = signedIn({
      'GET /api/me/notifications/unread-count': () => json(200, { unreadCount: 2 }),
      'GET /api/me/notifications': () => list([aNotification(), aNotification()], 2),
      'POST /api/me/notifications/read': () => json(200, { unreadCount: 0 }),
    });
    const { container } = await renderApp('/notifications');
    await waitFor(() => {
      expect(container.querySelectorAll('.notification--unread')).toHaveLength(2);
    });
    await waitFor(() => {
      expect(bell(container).textContent).toBe('Notifications 22 unread');
    });
    await click(getButton(container, 'Mark all read'));
    await waitFor(() => {
      expect(container.querySelectorAll('.notification--unread')).toHaveLength(0);
    });
    expect(marks(sent)).toEqual([{ all: true }]);
    expect(sent.find((request) => request.method === 'POST')?.headers.get('x-csrf-token')).toBe(
      CSRF_TOKEN,
    );
    expect(bell(container).textContent).toBe('Notifications ');
    expect(getButton(container, 'Mark all read').disabled).toBe(true);
  });

  it('marks one read when it is opened, and goes to its case', async () => {
    const unread = aNotification({ kind: 'answer' });
    const sent = signedIn({
      'GET /api/me/notifications/unread-count': () => json(200, { unreadCount: 1 }),
      'GET /api/me/notifications': () => list([unread], 1),
      'POST /api/me/notifications/read': () => json(200, { unreadCount: 0 }),
      [`GET /api/cases/${CASE_ID}`]: () => json(200, aCaseDetail()),
      ...noSuggestionsYet(),
      [`GET /api/cases/${CASE_ID}/comments`]: () => json(200, { items: [] }),
    });
    const page = await renderApp('/notifications');
    await click(await waitFor(() => getLink(page.container, unread.title)));
    await waitFor(() => {
      expect(page.location()).toBe(`/cases/${CASE_ID}`);
    });
    await waitFor(() => {
      expect(marks(sent)).toEqual([{ ids: [unread.id] }]);
    });
  });

  it('shows only the unread ones on request, with its own empty state', async () => {
    const sent = signedIn({
      'GET /api/me/notifications/unread-count': () => json(200, { unreadCount: 0 }),
      'GET /api/me/notifications': (request) =>
        request.url.includes('unread=true')
          ? list([], 0)
          : list([aNotification({ read: true })], 0),
    });
    const page = await renderApp('/notifications');
    await waitFor(() => {
      expect(page.container.querySelectorAll('.notification')).toHaveLength(1);
    });
    await click(getLink(page.container, 'Unread only'));
    await waitFor(() => {
      expect(page.container.querySelector('.empty-state h2')?.textContent).toBe(
        'No unread notifications',
      );
    });
    expect(page.location()).toBe('/notifications?unread=true');
    expect(getLink(page.container, 'Unread only').getAttribute('aria-current')).toBe('page');
    expect(
      sent.map((request) => request.url).filter((url) => url.startsWith('/api/me/notifications?')),
    ).toEqual(['/api/me/notifications?limit=20', '/api/me/notifications?limit=20&unread=true']);
  });

  it('loads more through nextCursor', async () => {
    signedIn({
      'GET /api/me/notifications/unread-count': () => json(200, { unreadCount: 0 }),
      'GET /api/me/notifications': (request) =>
        request.url.includes('cursor=more')
          ? list([aNotification({ read: true, title: 'Older case' })], 0)
          : list([aNotification({ read: true, title: 'Newer case' })], 0, 'more'),
    });
    const { container } = await renderApp('/notifications');
    await click(await waitFor(() => getButton(container, 'Load more')));
    await waitFor(() => {
      expect(
        [...container.querySelectorAll('.notification__title')].map((title) => title.textContent),
      ).toEqual(['Newer case', 'Older case']);
    });
  });

  it('invites a visitor to sign in', async () => {
    stubApi({ 'GET /api/session': () => json(200, aSession(null)) });
    const { container } = await renderApp('/notifications');
    await waitFor(() => {
      expect(container.textContent).toContain('Sign in to see your notifications.');
    });
  });
});
