// Pages opened from e-mailed links: verifying an address signs in once, a spent link can be
// sent again, a forgotten password gets a reset link, and a reset signs in with a notice.
import { describe, expect, it } from 'vitest';
import { AppRoutes } from '../AppRoutes';
import { createQueryClient } from '../api/queryClient';
import { json, problem, stubApi } from '../testing/fetchStub';
import { aMember, aSession } from '../testing/fixtures';
import { sessionKey } from './session';
import {
  click,
  getButton,
  getField,
  getLink,
  renderApp,
  renderWithApp,
  typeInto,
  waitFor,
} from '../testing/render';

const TOKEN = 'tok_abcdefghijklmnopqrstuvwxyz';

describe('verifying an e-mail address', () => {
  it('spends the token once, signs in and continues to the next page', async () => {
    let member: ReturnType<typeof aMember> | null = null;
    const sent = stubApi({
      'GET /api/session': () => json(200, aSession(member)),
      'POST /api/accounts/verification': () => {
        member = aMember({ displayName: 'Ada Detective' });
        return json(200, aSession(member));
      },
      'GET /api/cases': () => json(200, { items: [], nextCursor: null }),
    });
    // With the session already known, the request goes out on mount, where strict mode runs
    // effects twice: the token must still be spent once.
    const queryClient = createQueryClient({ retries: 0 });
    queryClient.setQueryData(sessionKey, aSession(null));
    const page = await renderWithApp(
      <AppRoutes />,
      `/verify-email?token=${TOKEN}&next=%2Fcases%2Fnew`,
      { queryClient, strictMode: true },
    );
    await waitFor(() => {
      expect(page.container.textContent).toContain('Your e-mail address is confirmed.');
    });
    const verifications = sent.filter((request) => request.method === 'POST');
    expect(verifications).toHaveLength(1);
    expect(verifications[0]?.body).toEqual({ token: TOKEN });
    await waitFor(() => {
      expect(page.container.querySelector('header')?.textContent).toContain('Ada Detective');
    });
    expect(getLink(page.container, 'Continue').getAttribute('href')).toBe('/cases/new');
  });

  it('says why a spent link failed and sends a new one', async () => {
    const sent = stubApi({
      'GET /api/session': () => json(200, aSession(null)),
      'POST /api/accounts/verification': () =>
        problem(400, 'This link has expired or was already used.'),
      'POST /api/accounts/verification/resend': () =>
        json(202, {
          status: 'accepted',
          detail: 'If that address needs confirming, a link is on its way.',
        }),
    });
    const { container } = await renderApp(`/verify-email?token=${TOKEN}`);
    await waitFor(() => {
      expect(container.querySelector('[role="alert"]')?.textContent).toContain(
        'This link has expired or was already used.',
      );
    });
    await typeInto(getField(container, 'E-mail'), 'ada@example.org');
    await click(getButton(container, 'Send the link again'));
    await waitFor(() => {
      expect(container.textContent).toContain(
        'If that address needs confirming, a link is on its way.',
      );
    });
    expect(sent.at(-1)?.body).toEqual({ email: 'ada@example.org' });
  });

  it('asks nothing of the server for a link without a token', async () => {
    const sent = stubApi({ 'GET /api/session': () => json(200, aSession(null)) });
    const { container } = await renderApp('/verify-email');
    await waitFor(() => {
      expect(container.textContent).toContain('The link is incomplete.');
    });
    expect(sent.filter((request) => request.method === 'POST')).toEqual([]);
  });
});

describe('resetting a password', () => {
  it("shows the server's answer to a reset request, whoever the address belongs to", async () => {
    const detail = 'If an account uses this address, we sent a link to choose a new password.';
    const sent = stubApi({
      'GET /api/session': () => json(200, aSession(null)),
      'POST /api/password-resets': () => json(202, { status: 'accepted', detail }),
    });
    const { container } = await renderApp('/forgot-password');
    await typeInto(getField(container, 'E-mail'), 'Someone@Example.org');
    await click(getButton(container, 'Send reset link'));
    await waitFor(() => {
      expect(container.textContent).toContain(detail);
    });
    expect(sent.at(-1)?.body).toEqual({ email: 'someone@example.org' });
  });

  it('sets the new password, signs in and goes home with a notice', async () => {
    let member: ReturnType<typeof aMember> | null = null;
    const sent = stubApi({
      'GET /api/session': () => json(200, aSession(member)),
      'POST /api/password-resets/confirm': () => {
        member = aMember();
        return json(200, aSession(member));
      },
      'GET /api/cases': () => json(200, { items: [], nextCursor: null }),
    });
    const page = await renderApp(`/reset-password?token=${TOKEN}`);
    await typeInto(getField(page.container, 'New password'), 'short');
    await click(getButton(page.container, 'Set new password'));
    expect(page.container.textContent).toContain('New password must be at least 12 characters.');

    await typeInto(getField(page.container, 'New password'), 'a brand new passphrase');
    await click(getButton(page.container, 'Set new password'));
    await waitFor(() => {
      expect(page.location()).toBe('/');
    });
    expect(sent.find((request) => request.method === 'POST')?.body).toEqual({
      token: TOKEN,
      password: 'a brand new passphrase',
    });
    await waitFor(() => {
      expect(page.container.querySelector('.flash-notice')?.textContent).toBe(
        'Your new password is set and you are signed in. Every other session was signed out.',
      );
    });
  });
});
