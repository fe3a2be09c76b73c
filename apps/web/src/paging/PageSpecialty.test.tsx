// Paging a specialty from one's own case: offered only when the server allows it, a dialog to
// choose the specialty and an optional message, the result said in words (how many were paged,
// pages left today), and the server's refusals (already paged, daily limit) told plainly.
import { describe, expect, it } from 'vitest';
import type { CaseDetail } from '@consilium/api';
import { json, stubApi, typedProblem } from '../testing/fetchStub';
import type { Responder } from '../testing/fetchStub';
import {
  aCaseDetail,
  aMember,
  aSession,
  CASE_ID,
  caseAbilities,
  noSuggestionsYet,
} from '../testing/fixtures';
import {
  choose,
  click,
  descriptionOf,
  getButton,
  getField,
  getSelect,
  renderApp,
  typeInto,
  waitFor,
} from '../testing/render';

const owner = aMember({ roles: ['professional'], twoFactorEnabled: true });

function anOwnClinicalCase(canPage = true): CaseDetail {
  return aCaseDetail({
    kind: 'clinical',
    isOwn: true,
    specialties: [{ code: 'cardiology', name: 'Cardiology' }],
    abilities: caseAbilities({ canPage, caseActions: ['close'] }),
  });
}

function pagingApi(page: Responder, detail = anOwnClinicalCase()) {
  return stubApi({
    'GET /api/session': () => json(200, aSession(owner)),
    [`GET /api/cases/${CASE_ID}`]: () => json(200, detail),
    ...noSuggestionsYet(),
    [`POST /api/cases/${CASE_ID}/pages`]: page,
  });
}

async function openDialog() {
  const page = await renderApp(`/cases/${CASE_ID}`);
  const open = await waitFor(() => getButton(page.container, 'Page a specialty'));
  await click(open);
  const dialog = page.container.querySelector('dialog');
  if (!dialog) throw new Error('no dialog');
  return { ...page, dialog };
}

describe('paging a specialty', () => {
  it('is not offered when the server does not allow it', async () => {
    pagingApi(() => json(201, {}), anOwnClinicalCase(false));
    const { container } = await renderApp(`/cases/${CASE_ID}`);
    await waitFor(() => {
      expect(container.querySelector('h1')?.textContent).toBe(anOwnClinicalCase().title);
    });
    expect(() => getButton(container, 'Page a specialty')).toThrow();
  });

  it('asks for a specialty before paging anyone', async () => {
    const sent = pagingApi(() => json(201, {}));
    const { dialog } = await openDialog();
    expect(dialog.open).toBe(true);
    expect(descriptionOf(getSelect(dialog, 'Specialty to page'))).toContain(
      'This case is tagged with: Cardiology.',
    );
    await click(getButton(dialog, 'Page them'));
    expect(descriptionOf(getSelect(dialog, 'Specialty to page'))).toContain(
      'Specialty to page is required.',
    );
    expect(sent.filter((request) => request.method === 'POST')).toEqual([]);
  });

  it('pages the chosen specialty and says how many were paged and how many pages are left', async () => {
    const sent = pagingApi(() =>
      json(201, {
        specialty: { code: 'cardiology', name: 'Cardiology' },
        recipients: 12,
        remainingToday: 2,
      }),
    );
    const { container, dialog } = await openDialog();
    await choose(getSelect(dialog, 'Specialty to page'), 'cardiology');
    await typeInto(
      getField(dialog, 'Message (optional)'),
      'New murmur and negative cultures: advice on imaging today?',
    );
    await click(getButton(dialog, 'Page them'));

    await waitFor(() => {
      expect(container.querySelector('.paging [role="status"]')?.textContent).toBe(
        '12 verified members of Cardiology were paged. You can send 2 more pages today.',
      );
    });
    expect(dialog.open).toBe(false);
    expect(sent.find((request) => request.method === 'POST')?.body).toEqual({
      specialty: 'cardiology',
      message: 'New murmur and negative cultures: advice on imaging today?',
    });
  });

  it('says in words that the daily limit is reached', async () => {
    pagingApi(() => typedProblem(429, '/problems/rate-limited', 'You may send 3 pages a day.'));
    const { dialog } = await openDialog();
    await choose(getSelect(dialog, 'Specialty to page'), 'nephrology');
    await click(getButton(dialog, 'Page them'));

    await waitFor(() => {
      expect(dialog.querySelector('[role="alert"].notice')?.textContent).toBe(
        'You have already sent the 3 pages allowed today. You can page again tomorrow.',
      );
    });
    expect(dialog.open).toBe(true);
  });

  it('says why a specialty cannot be paged again', async () => {
    const detail = 'Cardiology was already paged about this case.';
    pagingApi(() => typedProblem(409, '/problems/conflict', detail));
    const { dialog } = await openDialog();
    await choose(getSelect(dialog, 'Specialty to page'), 'cardiology');
    await click(getButton(dialog, 'Page them'));

    await waitFor(() => {
      expect(dialog.querySelector('[role="alert"].notice')?.textContent).toBe(
        `This specialty cannot be paged about this case. ${detail}`,
      );
    });
  });
});
