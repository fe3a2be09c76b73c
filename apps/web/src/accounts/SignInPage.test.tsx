// Signing in: the server's reason for refusing is shown (with a way to have the verification
// link sent again when the address is unconfirmed), and success returns to `next`.
import { describe, expect, it } from 'vitest';
import { json, stubApi, typedProblem } from '../testing/fetchStub';
import { aMember, aSession } from '../testing/fixtures';
import {
  click,
  getButton,
  getField,
  getLink,
  renderApp,
  typeInto,
  waitFor,
} from '../testing/render';

function unauthorized(detail: string): Response {
  return new Response(
    JSON.stringify({
      type: '/problems/unauthenticated',
      title: 'Unauthenticated',
      status: 401,
      detail,
      requestId: 'req-1',
    }),
    { status: 401, headers: { 'content-type': 'application/problem+json' } },
  );
}

async function fillAndSubmit(container: HTMLElement) {
  await typeInto(getField(container, 'E-mail'), 'Ada@Example.org');
  await typeInto(getField(container, 'Password'), 'correct horse battery');
  await click(getButton(container, 'Sign in'));
}

describe('signing in', () => {
  it("shows the server's detail when the password is wrong", async () => {
    stubApi({
      'GET /api/session': () => json(200, aSession(null)),
      'POST /api/session': () => unauthorized('E-mail or password is wrong.'),
    });
    const { container } = await renderApp('/sign-in');
    await waitFor(() => getField(container, 'E-mail'));
    await fillAndSubmit(container);
    await waitFor(() => {
      expect(container.querySelector('.form-alert')?.textContent).toBe(
        'E-mail or password is wrong.',
      );
    });
  });

  it('returns to the same-origin next page and shows the member in the header', async () => {
    let member: ReturnType<typeof aMember> | null = null;
    const sent = stubApi({
      'GET /api/session': () => json(200, aSession(member)),
      'POST /api/session': () => {
        member = aMember({ displayName: 'Ada Detective' });
        return json(200, aSession(member));
      },
    });
    const page = await renderApp('/sign-in?next=%2Fno-such-page');
    await waitFor(() => getField(page.container, 'E-mail'));
    await fillAndSubmit(page.container);
    await waitFor(() => {
      expect(page.location()).toBe('/no-such-page');
    });
    expect(sent.find((request) => request.method === 'POST')?.body).toEqual({
      email: 'ada@example.org',
      password: 'correct horse battery',
    });
    await waitFor(() => {
      expect(page.container.querySelector('header')?.textContent).toContain('Ada Detective');
    });
    expect(getButton(page.container, 'Sign out')).toBeDefined();
  });

  it('ignores a next page on another site', async () => {
    stubApi({
      'GET /api/session': () => json(200, aSession(null)),
      'POST /api/session': () => json(200, aSession(aMember())),
      'GET /api/cases': () => json(200, { items: [], nextCursor: null }),
    });
    const page = await renderApp('/sign-in?next=%2F%2Fevil.example');
    await waitFor(() => getField(page.container, 'E-mail'));
    await fillAndSubmit(page.container);
    await waitFor(() => {
      expect(page.location()).toBe('/');
    });
  });

  it('offers to send the verification link again when the e-mail is unconfirmed', async () => {
    const sent = stubApi({
      'GET /api/session': () => json(200, aSession(null)),
      'POST /api/session': () =>
        typedProblem(
          403,
          '/problems/email-unverified',
          'Confirm your e-mail first: open the link we sent you.',
        ),
      'POST /api/accounts/verification/resend': () =>
        json(202, { status: 'accepted', detail: 'We sent a new link to ada@example.org.' }),
    });
    const { container } = await renderApp('/sign-in');
    await waitFor(() => getField(container, 'E-mail'));
    await fillAndSubmit(container);
    await waitFor(() => {
      expect(container.querySelector('.form-alert')?.textContent).toBe(
        'Confirm your e-mail first: open the link we sent you.',
      );
    });

    await click(getButton(container, 'Send the link again'));
    await waitFor(() => {
      expect(container.textContent).toContain('We sent a new link to ada@example.org.');
    });
    expect(sent.at(-1)?.url).toBe('/api/accounts/verification/resend');
    expect(sent.at(-1)?.body).toEqual({ email: 'ada@example.org' });
  });

  it('offers no resend for a wrong password, and says when to retry after too many', async () => {
    stubApi({
      'GET /api/session': () => json(200, aSession(null)),
      'POST /api/session': () =>
        typedProblem(429, '/problems/rate-limited', 'Too many attempts: try again in 15 minutes.'),
    });
    const { container } = await renderApp('/sign-in');
    await waitFor(() => getField(container, 'E-mail'));
    await fillAndSubmit(container);
    await waitFor(() => {
      expect(container.querySelector('.form-alert')?.textContent).toBe(
        'Too many attempts: try again in 15 minutes.',
      );
    });
    expect(() => getButton(container, 'Send the link again')).toThrow();
  });

  it('links to the password reset page', async () => {
    stubApi({ 'GET /api/session': () => json(200, aSession(null)) });
    const page = await renderApp('/sign-in');
    await waitFor(() => getField(page.container, 'E-mail'));
    await click(getLink(page.container, 'Forgot your password?'));
    expect(page.location()).toBe('/forgot-password');
    expect(getButton(page.container, 'Send reset link')).toBeDefined();
  });
});
