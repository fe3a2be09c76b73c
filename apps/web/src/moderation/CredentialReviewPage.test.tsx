// Reviewing an application: what the moderator sees, only the decisions the abilities allow,
// required reasons checked before sending, and the new status once decided.
import { describe, expect, it } from 'vitest';
import type { CredentialReview } from '@consilium/api';
import { json, stubApi } from '../testing/fetchStub';
import type { SentRequest } from '../testing/fetchStub';
import { aCredential, aMember, aReview, aSession } from '../testing/fixtures';
import {
  click,
  descriptionOf,
  getButton,
  getField,
  getLink,
  renderApp,
  typeInto,
  waitFor,
} from '../testing/render';

const DECISION_BUTTONS = ['Approve', 'Ask for more information', 'Reject', 'Revoke'];

function stubReview(review: CredentialReview, decided?: (request: SentRequest) => Response) {
  const id = review.credential.id;
  return stubApi({
    'GET /api/session': () =>
      json(200, aSession(aMember({ roles: ['moderator'], twoFactorEnabled: true }))),
    [`GET /api/credentials/${id}`]: () => json(200, review),
    ...(decided ? { [`POST /api/credentials/${id}/decision`]: decided } : {}),
  });
}

async function openReview(review: CredentialReview): Promise<HTMLElement> {
  const { container } = await renderApp(`/moderation/credentials/${review.credential.id}`);
  await waitFor(() => {
    expect(container.querySelector('h1')?.textContent).toBe('Application by Dr. Elena V.');
  });
  return container;
}

function decisionButtons(container: HTMLElement): string[] {
  return DECISION_BUTTONS.filter((name) => {
    try {
      getButton(container, name);
      return true;
    } catch {
      return false;
    }
  });
}

describe('reviewing an application', () => {
  it('shows the applicant, the fields and the evidence to download', async () => {
    const review = aReview();
    stubReview(review);
    const container = await openReview(review);
    expect(getLink(container, '@dr_elena_v').getAttribute('href')).toBe('/members/dr_elena_v');
    expect(container.textContent).toContain('elena@example.org');
    expect(container.textContent).toContain('MED-12345');
    expect(container.textContent).toContain('Colegio de Médicos de Madrid');
    const download = getLink(container, 'Download licence.pdf');
    expect(download.getAttribute('href')).toBe(`/api/credentials/${review.credential.id}/evidence`);
    expect(download.hasAttribute('download')).toBe(true);
    expect(container.textContent).toContain('(PDF, 2.4 MB)');
  });

  it('says when no evidence is attached', async () => {
    const review = aReview({ credential: aCredential({ evidence: null }) });
    stubReview(review);
    const container = await openReview(review);
    expect(container.textContent).toContain('No evidence attached');
  });

  it('offers only the decisions the abilities allow', async () => {
    const pending = aReview();
    stubReview(pending);
    const container = await openReview(pending);
    expect(decisionButtons(container)).toEqual(['Approve', 'Ask for more information', 'Reject']);
    expect(getField(container, 'Question for the member')).toBeDefined();
    expect(getField(container, 'Note to the member (optional)')).toBeDefined();
  });

  it('offers only Revoke on an approved credential', async () => {
    const approved = aReview({
      credential: aCredential({ status: 'approved', expiresAt: '2028-03-01T00:00:00.000Z' }),
      abilities: { canApprove: false, canReject: false, canRequestInfo: false, canRevoke: true },
    });
    stubReview(approved);
    const container = await openReview(approved);
    expect(decisionButtons(container)).toEqual(['Revoke']);
  });

  it('requires a reason to reject, before sending anything', async () => {
    const review = aReview();
    const sent = stubReview(review, () => json(200, review));
    const container = await openReview(review);
    const rejection = container.querySelector<HTMLElement>('.decision--reject');
    if (!rejection) throw new Error('No rejection form');
    await click(getButton(rejection, 'Reject'));
    expect(descriptionOf(getField(rejection, 'Reason'))).toContain('Reason is required.');
    expect(sent.filter((request) => request.method === 'POST')).toEqual([]);
  });

  it('approves, then shows the new status and says it is done', async () => {
    const review = aReview();
    const approved: CredentialReview = {
      ...review,
      credential: { ...review.credential, status: 'approved' },
      abilities: { canApprove: false, canReject: false, canRequestInfo: false, canRevoke: true },
    };
    const sent = stubReview(review, () => json(200, approved));
    const container = await openReview(review);
    await click(getButton(container, 'Approve'));
    await waitFor(() => {
      expect(container.textContent).toContain(
        'The application was approved: the member now has the badge.',
      );
    });
    expect(sent.find((request) => request.method === 'POST')?.body).toEqual({
      decision: 'approve',
    });
    expect(container.querySelector('.credential-status')?.textContent).toBe('Verified');
    expect(decisionButtons(container)).toEqual(['Revoke']);
  });

  it('sends the question when asking for more information', async () => {
    const review = aReview();
    const question = 'Please send a photo of your licence card.';
    const sent = stubReview(review, () =>
      json(200, {
        ...review,
        credential: { ...review.credential, status: 'needs-info', moderatorMessage: question },
      }),
    );
    const container = await openReview(review);
    await typeInto(getField(container, 'Question for the member'), question);
    await click(getButton(container, 'Ask for more information'));
    await waitFor(() => {
      expect(container.textContent).toContain('Your question was sent to the member.');
    });
    expect(sent.find((request) => request.method === 'POST')?.body).toEqual({
      decision: 'request-info',
      message: question,
    });
  });
});
