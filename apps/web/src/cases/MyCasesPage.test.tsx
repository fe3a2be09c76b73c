// The member's own cases: drafts with the steps they still need (continue, or discard after
// confirming), published cases with how long they stay open, and an empty state.
import { describe, expect, it } from 'vitest';
import { json, stubApi } from '../testing/fetchStub';
import { aMember, aMyCase, aSession } from '../testing/fixtures';
import { click, getButton, getLink, renderApp, waitFor } from '../testing/render';

const signedIn = { 'GET /api/session': () => json(200, aSession(aMember())) };

async function openMyCases() {
  const page = await renderApp('/my-cases');
  await waitFor(() => {
    if (page.container.querySelector('.loading-status')) throw new Error('still loading');
    if (!page.container.querySelector('.case-card, .empty-state')) throw new Error('no content');
  });
  return page;
}

describe('my cases', () => {
  it('lists drafts with their missing steps, and published cases with their window', async () => {
    const draft = aMyCase({ title: 'Knee pain', missingSteps: ['symptoms', 'question'] });
    const open = aMyCase({
      title: 'Recurring fevers',
      status: 'open',
      closesAt: '2099-04-30T10:00:00.000Z',
    });
    stubApi({ ...signedIn, 'GET /api/me/cases': () => json(200, { items: [draft, open] }) });
    const { container } = await openMyCases();

    const [drafts, published] = [...container.querySelectorAll('section.my-cases')];
    expect(drafts?.querySelector('h2')?.textContent).toBe('Drafts');
    expect(drafts?.textContent).toContain('Still to complete: Symptoms, Your question.');
    expect(getLink(drafts ?? container, 'Continue').getAttribute('href')).toBe(
      `/cases/${draft.id}/edit`,
    );
    expect(published?.querySelector('h2')?.textContent).toBe('Published cases');
    expect(getLink(published ?? container, 'Recurring fevers').getAttribute('href')).toBe(
      `/cases/${open.id}`,
    );
    expect(published?.textContent).toContain('Open until April 30, 2099');
    const accountLinks = [...container.querySelectorAll('.account-nav a')];
    expect(accountLinks.map((link) => link.textContent)).toContain('My cases');
  });

  it('discards a draft only after the member confirms', async () => {
    const draft = aMyCase({ title: 'Knee pain' });
    let items = [draft];
    const sent = stubApi({
      ...signedIn,
      'GET /api/me/cases': () => json(200, { items }),
      [`DELETE /api/cases/${draft.id}/draft`]: () => {
        items = [];
        return new Response(null, { status: 204 });
      },
    });
    const { container } = await openMyCases();
    await click(getButton(container, 'Discard'));
    expect(container.querySelector('.confirmation')?.textContent).toContain(
      'Discard the draft “Knee pain”?',
    );
    expect(sent.filter((request) => request.method === 'DELETE')).toEqual([]);

    await click(getButton(container, 'Yes, discard it'));
    await waitFor(() => {
      expect(container.querySelector('.empty-state h2')?.textContent).toBe('You have no cases yet');
    });
    expect(sent.filter((request) => request.method === 'DELETE')).toHaveLength(1);
  });

  it('invites a member without cases to start the questionnaire', async () => {
    stubApi({ ...signedIn, 'GET /api/me/cases': () => json(200, { items: [] }) });
    const { container } = await openMyCases();
    expect(container.querySelector('.empty-state h2')?.textContent).toBe('You have no cases yet');
    expect(
      getLink(
        container.querySelector('.empty-state') ?? container,
        'Start the questionnaire',
      ).getAttribute('href'),
    ).toBe('/cases/new/patient');
  });
});
