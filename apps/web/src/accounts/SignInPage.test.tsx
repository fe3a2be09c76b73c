// Signing in: the server's reason for refusing is shown, and success returns to `next`.
import { describe, expect, it } from 'vitest';
import { json, stubApi } from '../testing/fetchStub';
import { aMember, aSession } from '../testing/fixtures';
import { click, getButton, getField, renderApp, typeInto, waitFor } from '../testing/render';

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
});
