// The public profile page with its badges and, for moderators, suspension; and deleting an
// account from Settings.
import { describe, expect, it } from 'vitest';
import { json, problem, stubApi } from '../testing/fetchStub';
import type { SentRequest } from '../testing/fetchStub';
import { aBadge, aMember, aPublicProfile, aSession } from '../testing/fixtures';
import {
  click,
  descriptionOf,
  getButton,
  getField,
  renderApp,
  typeInto,
  waitFor,
} from '../testing/render';

describe('a public profile', () => {
  it('shows the name, handle and public roles', async () => {
    stubApi({
      'GET /api/session': () => json(200, aSession(null)),
      'GET /api/members/dr_elena_v': () => json(200, aPublicProfile()),
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

describe('badges on a profile', () => {
  it('shows each verified credential with its specialties, country and end', async () => {
    stubApi({
      'GET /api/session': () => json(200, aSession(null)),
      'GET /api/members/dr_elena_v': () =>
        json(
          200,
          aPublicProfile({
            badges: [
              aBadge({ verifiedUntil: '2027-03-01T12:00:00.000Z' }),
              aBadge({
                kind: 'student',
                profession: null,
                program: 'medicine',
                specialties: [],
                country: 'GB',
              }),
            ],
          }),
        ),
    });
    const { container } = await renderApp('/members/dr_elena_v');
    const badges = await waitFor(() => {
      const found = container.querySelectorAll('.credential-badge');
      expect(found).toHaveLength(2);
      return [...found].map((badge) => badge.textContent);
    });
    expect(badges[0]).toContain('Verified physician · Cardiology, Nephrology');
    expect(badges[0]).toContain('Spain · verified until March 1, 2027');
    expect(badges[1]).toContain('Verified student · Medicine');
    expect(badges[1]).toContain('United Kingdom');
    expect(container.textContent).not.toContain('Suspend member');
  });
});

describe('suspending a member from their profile', () => {
  const moderator = () => aMember({ roles: ['moderator'], twoFactorEnabled: true });

  it('requires a reason, suspends, and shows the refreshed state', async () => {
    let isSuspended = false;
    const sent = stubApi({
      'GET /api/session': () => json(200, aSession(moderator())),
      'GET /api/members/dr_elena_v': () =>
        json(
          200,
          aPublicProfile({
            moderation: { isSuspended, canSuspend: !isSuspended, canReinstate: isSuspended },
          }),
        ),
      'PUT /api/members/dr_elena_v/suspension': () => {
        isSuspended = true;
        return json(200, { handle: 'dr_elena_v', isSuspended: true });
      },
    });
    const { container } = await renderApp('/members/dr_elena_v');
    await waitFor(() => getButton(container, 'Suspend member'));
    expect(container.textContent).toContain('This member is not suspended.');
    await click(getButton(container, 'Suspend member'));
    expect(descriptionOf(getField(container, 'Reason'))).toContain('Reason is required.');
    expect(sent.filter((request) => request.method === 'PUT')).toEqual([]);

    await typeInto(getField(container, 'Reason'), 'Posted identifying patient details twice.');
    await click(getButton(container, 'Suspend member'));
    await waitFor(() => getButton(container, 'Reinstate member'));
    expect(sent.find((request) => request.method === 'PUT')?.body).toEqual({
      reason: 'Posted identifying patient details twice.',
    });
    expect(container.textContent).toContain('The member was suspended.');
    expect(container.querySelector('.profile__handle .badge--suspended')?.textContent).toBe(
      'Suspended',
    );
    expect(() => getButton(container, 'Suspend member')).toThrow();
  });

  it('reinstates a suspended member', async () => {
    let isSuspended = true;
    const sent = stubApi({
      'GET /api/session': () => json(200, aSession(moderator())),
      'GET /api/members/dr_elena_v': () =>
        json(
          200,
          aPublicProfile({
            moderation: { isSuspended, canSuspend: !isSuspended, canReinstate: isSuspended },
          }),
        ),
      'DELETE /api/members/dr_elena_v/suspension': () => {
        isSuspended = false;
        return json(200, { handle: 'dr_elena_v', isSuspended: false });
      },
    });
    const { container } = await renderApp('/members/dr_elena_v');
    await waitFor(() => getButton(container, 'Reinstate member'));
    await click(getButton(container, 'Reinstate member'));
    await waitFor(() => getButton(container, 'Suspend member'));
    expect(sent.filter((request) => request.method === 'DELETE')).toHaveLength(1);
    expect(container.textContent).toContain('The member was reinstated.');
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
