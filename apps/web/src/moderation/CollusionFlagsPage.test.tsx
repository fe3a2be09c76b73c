// Moderators' flagged pairs: listed with how often they agreed on wrong answers, marked reviewed
// in place, an empty state, and a refusal for members who are not moderators.
import { describe, expect, it } from 'vitest';
import { json, stubApi, typedProblem } from '../testing/fetchStub';
import { aMember, aSession } from '../testing/fixtures';
import { click, getButton, renderApp, waitFor } from '../testing/render';

const aModerator = () => aMember({ roles: ['detective', 'moderator'], twoFactorEnabled: true });

const aFlag = (reviewedAt: string | null) => ({
  memberA: { handle: 'copier', displayName: 'Copy Cat' },
  memberB: { handle: 'copied', displayName: 'Original Voice' },
  overlap: 9,
  agreements: 8,
  flaggedAt: new Date().toISOString(),
  reviewedAt,
});

describe('accounts that vote together', () => {
  it('lists each pair and marks it reviewed', async () => {
    const sent = stubApi({
      'GET /api/session': () => json(200, aSession(aModerator())),
      'GET /api/moderation/collusion-flags': () => json(200, { items: [aFlag(null)] }),
      'POST /api/moderation/collusion-flags/review': () =>
        json(200, { items: [aFlag(new Date().toISOString())] }),
    });
    const { container } = await renderApp('/moderation/collusion');
    await waitFor(() => {
      expect(container.querySelector('[data-testid="collusion-flag"]')?.textContent).toContain(
        'Backed the same wrong answer in 8 of 9 resolved cases',
      );
    });
    expect(container.textContent).toContain('Copy Cat');
    await click(getButton(container, 'Mark as reviewed'));
    await waitFor(() => {
      expect(container.textContent).toContain('Reviewed');
    });
    expect(sent.find((request) => request.method === 'POST')?.body).toEqual({
      memberA: 'copier',
      memberB: 'copied',
    });
  });

  it('says so when no pair is flagged', async () => {
    stubApi({
      'GET /api/session': () => json(200, aSession(aModerator())),
      'GET /api/moderation/collusion-flags': () => json(200, { items: [] }),
    });
    const { container } = await renderApp('/moderation/collusion');
    await waitFor(() => {
      expect(container.querySelector('.empty-state')?.textContent).toBe(
        'No pair of accounts is flagged.',
      );
    });
  });

  it('shows the refusal in words to a member who is not a moderator', async () => {
    stubApi({
      'GET /api/session': () => json(200, aSession(aMember())),
      'GET /api/moderation/collusion-flags': () =>
        typedProblem(
          403,
          '/problems/forbidden',
          'Only moderators can review accounts flagged for voting together.',
        ),
    });
    const { container } = await renderApp('/moderation/collusion');
    await waitFor(() => {
      expect(container.textContent).toContain(
        'Only moderators can review accounts flagged for voting together.',
      );
    });
  });
});
