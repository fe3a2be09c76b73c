// Settings: only for members; the profile saves and switches the language; the sessions list
// marks this browser, and ending sessions signs out when it should.
import { describe, expect, it } from 'vitest';
import { json, stubApi } from '../testing/fetchStub';
import type { SentRequest } from '../testing/fetchStub';
import { aMember, aSession, aSessionSummary, CSRF_TOKEN } from '../testing/fixtures';
import {
  choose,
  click,
  getButton,
  getField,
  getLink,
  getSelect,
  renderApp,
  typeInto,
  waitFor,
} from '../testing/render';

const CHROME_ON_WINDOWS =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36';

function sessionRows(container: HTMLElement): HTMLElement[] {
  return [...container.querySelectorAll<HTMLElement>('[data-testid="session"]')];
}

function noContent(): Response {
  return new Response(null, { status: 204 });
}

describe('the settings page', () => {
  it('invites a visitor to sign in', async () => {
    stubApi({ 'GET /api/session': () => json(200, aSession(null)) });
    const { container } = await renderApp('/settings');
    await waitFor(() => {
      expect(container.textContent).toContain('Sign in to change your profile');
    });
    expect(container.querySelector('main form')).toBeNull();
  });

  it('lists the sessions readably and marks this browser', async () => {
    const current = aSessionSummary({ isCurrent: true });
    const other = aSessionSummary({ userAgent: CHROME_ON_WINDOWS });
    stubApi({
      'GET /api/session': () => json(200, aSession(aMember())),
      'GET /api/sessions': () => json(200, { items: [other, current] }),
    });
    const { container } = await renderApp('/settings');
    await waitFor(() => {
      expect(sessionRows(container)).toHaveLength(2);
    });
    const [otherRow, currentRow] = sessionRows(container);
    expect(otherRow?.textContent).toContain('Chrome on Windows');
    expect(otherRow?.textContent).not.toContain('This browser');
    expect(currentRow?.textContent).toContain('Firefox on Linux');
    expect(currentRow?.querySelector('.badge')?.textContent).toBe('This browser');
  });

  it('ends another session with the CSRF token and refreshes the list', async () => {
    const current = aSessionSummary({ isCurrent: true });
    const other = aSessionSummary({ userAgent: CHROME_ON_WINDOWS });
    let listed = [current, other];
    const sent = stubApi({
      'GET /api/session': () => json(200, aSession(aMember())),
      'GET /api/sessions': () => json(200, { items: listed }),
      [`DELETE /api/sessions/${other.id}`]: () => {
        listed = [current];
        return noContent();
      },
    });
    const page = await renderApp('/settings');
    await waitFor(() => {
      expect(sessionRows(page.container)).toHaveLength(2);
    });
    const otherRow = sessionRows(page.container)[1];
    if (!otherRow) throw new Error('No second session row');
    await click(getButton(otherRow, 'End session'));
    await waitFor(() => {
      expect(sessionRows(page.container)).toHaveLength(1);
    });
    const deletion = sent.find((request: SentRequest) => request.method === 'DELETE');
    expect(deletion?.headers.get('x-csrf-token')).toBe(CSRF_TOKEN);
    expect(page.location()).toBe('/settings');
  });

  it('signs out when ending the session of this browser', async () => {
    const current = aSessionSummary({ isCurrent: true });
    let member: ReturnType<typeof aMember> | null = aMember({ displayName: 'Ada Detective' });
    stubApi({
      'GET /api/session': () => json(200, aSession(member)),
      'GET /api/sessions': () => json(200, { items: [current] }),
      [`DELETE /api/sessions/${current.id}`]: () => {
        member = null;
        return noContent();
      },
      'GET /api/cases': () => json(200, { items: [], nextCursor: null }),
    });
    const page = await renderApp('/settings');
    await waitFor(() => getButton(page.container, 'End session'));
    await click(getButton(page.container, 'End session'));
    await waitFor(() => {
      expect(page.location()).toBe('/');
    });
    expect(page.container.querySelector('header')?.textContent).not.toContain('Ada Detective');
    expect(page.container.querySelector('.flash-notice')?.textContent).toContain('signed out');
  });

  it('asks before signing out everywhere, then signs out', async () => {
    let member: ReturnType<typeof aMember> | null = aMember();
    const sent = stubApi({
      'GET /api/session': () => json(200, aSession(member)),
      'GET /api/sessions': () => json(200, { items: [aSessionSummary({ isCurrent: true })] }),
      'DELETE /api/sessions': () => {
        member = null;
        return noContent();
      },
      'GET /api/cases': () => json(200, { items: [], nextCursor: null }),
    });
    const page = await renderApp('/settings');
    await waitFor(() => getButton(page.container, 'Sign out everywhere'));
    await click(getButton(page.container, 'Sign out everywhere'));
    expect(sent.filter((request) => request.method === 'DELETE')).toEqual([]);
    expect(page.container.textContent).toContain('this one included?');

    await click(getButton(page.container, 'Sign out everywhere'));
    await waitFor(() => {
      expect(page.location()).toBe('/');
    });
    expect(page.container.querySelector('.flash-notice')?.textContent).toContain(
      'signed out everywhere',
    );
    expect(sent.filter((request) => request.method === 'DELETE')).toHaveLength(1);
  });

  it('saves the profile and switches the app to the chosen language', async () => {
    const member = aMember({ displayName: 'Ada Detective', country: null, language: 'en' });
    const sent = stubApi({
      'GET /api/session': () => json(200, aSession(member)),
      'GET /api/sessions': () => json(200, { items: [aSessionSummary({ isCurrent: true })] }),
      'PATCH /api/me': (request) =>
        json(200, { ...member, ...(request.body as Record<string, unknown>) }),
    });
    const { container } = await renderApp('/settings');
    await waitFor(() => getField(container, 'Display name'));
    await typeInto(getField(container, 'Display name'), 'Ada L.');
    await choose(getSelect(container, 'Language'), 'es');
    await click(getButton(container, 'Save profile'));

    await waitFor(() => {
      expect(document.documentElement.lang).toBe('es');
    });
    const patch = sent.find((request) => request.method === 'PATCH');
    expect(patch?.body).toEqual({ displayName: 'Ada L.', language: 'es' });
    expect(patch?.headers.get('x-csrf-token')).toBe(CSRF_TOKEN);
    expect(container.querySelector('h1')?.textContent).toBe('Ajustes');
    expect(container.querySelector('header')?.textContent).toContain('Ada L.');
  });

  it('sends a confirmation link when changing the e-mail address', async () => {
    const detail = 'We sent a link to new@example.org: open it to confirm the change.';
    const sent = stubApi({
      'GET /api/session': () => json(200, aSession(aMember())),
      'GET /api/sessions': () => json(200, { items: [] }),
      'POST /api/me/email': () => json(202, { status: 'accepted', detail }),
    });
    const { container } = await renderApp('/settings');
    await waitFor(() => getField(container, 'New e-mail'));
    await typeInto(getField(container, 'New e-mail'), 'New@Example.org');
    const emailForm = getField(container, 'New e-mail').closest('form');
    if (!emailForm) throw new Error('The new e-mail field is not in a form');
    await typeInto(getField(emailForm, 'Current password'), 'my current passphrase');
    await click(getButton(container, 'Change e-mail'));
    await waitFor(() => {
      expect(container.textContent).toContain(detail);
    });
    expect(sent.at(-1)?.body).toEqual({
      newEmail: 'new@example.org',
      password: 'my current passphrase',
    });
  });

  it('leads to the verification page', async () => {
    stubApi({
      'GET /api/session': () => json(200, aSession(aMember())),
      'GET /api/sessions': () => json(200, { items: [] }),
    });
    const { container } = await renderApp('/settings');
    const section = await waitFor(() => {
      const found = container.querySelector('[aria-labelledby="settings-verification"]');
      if (!found) throw new Error('No verification section');
      return found;
    });
    expect(getLink(section, 'Open your verification page').getAttribute('href')).toBe(
      '/verification',
    );
  });
});

describe("a member's language", () => {
  it('is adopted when the app opens in another language', async () => {
    stubApi({
      'GET /api/session': () => json(200, aSession(aMember({ language: 'es' }))),
    });
    const { container } = await renderApp('/no-such-page');
    await waitFor(() => {
      expect(container.querySelector('h1')?.textContent).toBe('Página no encontrada');
    });
    expect(document.documentElement.lang).toBe('es');
  });
});
