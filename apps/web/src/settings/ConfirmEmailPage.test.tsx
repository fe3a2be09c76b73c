// Confirming a new e-mail address from its link: only once signed in, and the new address shows.
import { describe, expect, it } from 'vitest';
import { json, problem, stubApi } from '../testing/fetchStub';
import { aMember, aSession, CSRF_TOKEN } from '../testing/fixtures';
import { renderApp, waitFor } from '../testing/render';

const TOKEN = 'tok_abcdefghijklmnopqrstuvwxyz';

describe('confirming a new e-mail address', () => {
  it('confirms with the CSRF token and shows the new address', async () => {
    const member = aMember({ email: 'ada@example.org' });
    const sent = stubApi({
      'GET /api/session': () => json(200, aSession(member)),
      'POST /api/me/email/confirm': () => json(200, { ...member, email: 'new@example.org' }),
    });
    const { container } = await renderApp(`/confirm-email?token=${TOKEN}`);
    await waitFor(() => {
      expect(container.textContent).toContain('Your e-mail address is now new@example.org.');
    });
    const confirmation = sent.find((request) => request.method === 'POST');
    expect(confirmation?.body).toEqual({ token: TOKEN });
    expect(confirmation?.headers.get('x-csrf-token')).toBe(CSRF_TOKEN);
  });

  it('asks a visitor to sign in first, without spending the link', async () => {
    const sent = stubApi({ 'GET /api/session': () => json(200, aSession(null)) });
    const { container } = await renderApp(`/confirm-email?token=${TOKEN}`);
    await waitFor(() => {
      expect(container.textContent).toContain('Sign in to confirm your new e-mail address');
    });
    expect(sent.filter((request) => request.method === 'POST')).toEqual([]);
  });

  it('says why a spent link failed', async () => {
    stubApi({
      'GET /api/session': () => json(200, aSession(aMember())),
      'POST /api/me/email/confirm': () =>
        problem(400, 'This link has expired or was already used.'),
    });
    const { container } = await renderApp(`/confirm-email?token=${TOKEN}`);
    await waitFor(() => {
      expect(container.querySelector('[role="alert"]')?.textContent).toContain(
        'This link has expired or was already used.',
      );
    });
  });
});
