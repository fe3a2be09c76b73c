// The public profile page, and deleting an account from Settings.
import { describe, expect, it } from 'vitest';
import { json, problem, stubApi } from '../testing/fetchStub';
import type { SentRequest } from '../testing/fetchStub';
import { aMember, aSession } from '../testing/fixtures';
import { click, getButton, getField, renderApp, typeInto, waitFor } from '../testing/render';

describe('a public profile', () => {
  it('shows the name, handle and public roles', async () => {
    stubApi({
      'GET /api/session': () => json(200, aSession(null)),
      'GET /api/members/dr_elena_v': () =>
        json(200, {
          handle: 'dr_elena_v',
          displayName: 'Dr. Elena V.',
          tiers: ['professional'],
          country: 'ES',
          memberSince: '2026-01-15T10:00:00.000Z',
        }),
    });
    const { container } = await renderApp('/members/dr_elena_v');
    await waitFor(() => {
      expect(container.querySelector('h1')?.textContent).toBe('Dr. Elena V.');
    });
    expect(container.textContent).toContain('@dr_elena_v');
    expect(container.textContent).toContain('Professional');
  });

  it('says so when there is no such member', async () => {
    stubApi({
      'GET /api/session': () => json(200, aSession(null)),
      'GET /api/members/nobody_here': () => problem(404, 'There is no member with this handle.'),
    });
    const { container } = await renderApp('/members/nobody_here');
    await waitFor(() => {
      expect(container.querySelector('h1')?.textContent).toBe('Page not found');
    });
  });
});

describe('deleting an account', () => {
  it('asks for the password and DELETE, then signs out and says it is done', async () => {
    const sent: SentRequest[] = [];
    stubApi({
      'GET /api/session': () => json(200, aSession(aMember())),
      'GET /api/sessions': () => json(200, { items: [] }),
      'DELETE /api/me': (request) => {
        sent.push(request);
        return new Response(null, { status: 204 });
      },
      'GET /api/cases': () => json(200, { items: [], nextCursor: null }),
    });
    const { container } = await renderApp('/settings');
    await waitFor(() => getButton(container, 'Delete my account'));
    await click(getButton(container, 'Delete my account'));
    expect(sent).toHaveLength(0);
    const section = container.querySelector('[aria-labelledby="settings-data"]') ?? container;
    await typeInto(getField(section, 'Password'), 'my current password');
    await typeInto(getField(section, 'Type DELETE to confirm'), 'DELETE');
    await click(getButton(container, 'Delete my account'));
    await waitFor(() => {
      expect(container.textContent).toContain('Your account was deleted.');
    });
    expect(sent[0]?.body).toEqual({ password: 'my current password', confirm: 'DELETE' });
  });
});
