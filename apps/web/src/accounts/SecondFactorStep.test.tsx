// Signing in with two-factor sign-in on: after the password, the code step; a recovery code
// instead of the app's code; a wrong code is explained and the member stays on the step.
import { describe, expect, it } from 'vitest';
import type { SessionView } from '@consilium/api';
import { json, stubApi, typedProblem } from '../testing/fetchStub';
import { aMember, aSession } from '../testing/fixtures';
import { click, getButton, getField, renderApp, typeInto, waitFor } from '../testing/render';

const PENDING_TOKEN = 'csrf-token-of-the-pending-session';
const PENDING: SessionView = { member: null, csrfToken: PENDING_TOKEN, secondFactorRequired: true };

async function passPassword(container: HTMLElement) {
  await waitFor(() => getField(container, 'E-mail'));
  await typeInto(getField(container, 'E-mail'), 'ada@example.org');
  await typeInto(getField(container, 'Password'), 'correct horse battery');
  await click(getButton(container, 'Sign in'));
  await waitFor(() => getField(container, 'Authentication code'));
}

describe('the two-factor code step', () => {
  it('asks for the code after the password and signs in with it', async () => {
    // The server answers the pending session as such until the code is given.
    let session: SessionView = aSession(null);
    const sent = stubApi({
      'GET /api/session': () => json(200, session),
      'POST /api/session': () => {
        session = PENDING;
        return json(200, PENDING);
      },
      'POST /api/session/second-factor': () => {
        session = aSession(aMember({ displayName: 'Ada Detective', twoFactorEnabled: true }));
        return json(200, session);
      },
    });
    const page = await renderApp('/sign-in?next=%2Fno-such-page');
    await passPassword(page.container);
    expect(page.container.querySelector('h2')?.textContent).toBe('Two-factor code');
    expect(page.location()).toBe('/sign-in?next=%2Fno-such-page');

    await typeInto(getField(page.container, 'Authentication code'), '123 456');
    await click(getButton(page.container, 'Verify'));
    await waitFor(() => {
      expect(page.location()).toBe('/no-such-page');
    });
    const second = sent.find((request) => request.url === '/api/session/second-factor');
    expect(second?.body).toEqual({ code: '123456' });
    expect(second?.headers.get('x-csrf-token')).toBe(PENDING_TOKEN);
  });

  it('takes a recovery code instead', async () => {
    let member: ReturnType<typeof aMember> | null = null;
    const sent = stubApi({
      'GET /api/session': () => json(200, aSession(member)),
      'POST /api/session': () => json(200, PENDING),
      'POST /api/session/second-factor': () => {
        member = aMember();
        return json(200, aSession(member));
      },
      'GET /api/cases': () => json(200, { items: [], nextCursor: null }),
    });
    const page = await renderApp('/sign-in');
    await passPassword(page.container);
    await click(getButton(page.container, 'Use a recovery code'));
    await typeInto(getField(page.container, 'Recovery code'), 'ABCD-EFGH-JK');
    await click(getButton(page.container, 'Verify'));
    await waitFor(() => {
      expect(page.location()).toBe('/');
    });
    expect(sent.find((request) => request.url === '/api/session/second-factor')?.body).toEqual({
      code: 'abcd-efgh-jk',
    });
    expect(getButton(page.container, 'Sign out')).toBeDefined();
  });

  it('explains a wrong code and stays on the step', async () => {
    stubApi({
      'GET /api/session': () => json(200, aSession(null)),
      'POST /api/session': () => json(200, PENDING),
      'POST /api/session/second-factor': () =>
        typedProblem(401, '/problems/unauthenticated', 'That code is not right.'),
    });
    const page = await renderApp('/sign-in');
    await passPassword(page.container);
    await typeInto(getField(page.container, 'Authentication code'), '000000');
    await click(getButton(page.container, 'Verify'));
    await waitFor(() => {
      expect(page.container.querySelector('.form-alert')?.textContent).toBe(
        'That code is not right.',
      );
    });
    expect(getField(page.container, 'Authentication code')).toBeDefined();
    expect(page.location()).toBe('/sign-in');
  });

  it('checks the code’s shape before sending it', async () => {
    const sent = stubApi({
      'GET /api/session': () => json(200, aSession(null)),
      'POST /api/session': () => json(200, PENDING),
    });
    const page = await renderApp('/sign-in');
    await passPassword(page.container);
    await typeInto(getField(page.container, 'Authentication code'), '12');
    await click(getButton(page.container, 'Verify'));
    await waitFor(() => {
      expect(getField(page.container, 'Authentication code').getAttribute('aria-invalid')).toBe(
        'true',
      );
    });
    expect(sent.filter((request) => request.url === '/api/session/second-factor')).toEqual([]);
  });
});
