// Editing a published case: a case in prose through its title and presentation, a patient case
// through the questionnaire wizard, which saves nothing on the way and sends the whole
// questionnaire with the note from its review.
import { describe, expect, it } from 'vitest';
import type { CaseDetail } from '@consilium/api';
import { json, stubApi } from '../testing/fetchStub';
import type { SentRequest } from '../testing/fetchStub';
import {
  aCaseDetail,
  aMember,
  aQuestionnaire,
  aSession,
  CASE_ID,
  caseAbilities,
  noSuggestionsYet,
} from '../testing/fixtures';
import {
  click,
  getButton,
  getField,
  getLink,
  renderApp,
  typeInto,
  waitFor,
} from '../testing/render';

const editable = caseAbilities({ canEdit: true, caseActions: ['close', 'extend', 'withdraw'] });

function edits(sent: SentRequest[]): SentRequest[] {
  return sent.filter((request) => request.method !== 'GET');
}

function stubCase(shown: CaseDetail) {
  return stubApi({
    'GET /api/session': () => json(200, aSession(aMember())),
    [`GET /api/cases/${CASE_ID}`]: () => json(200, shown),
    [`PUT /api/cases/${CASE_ID}`]: () => json(200, { ...shown, revision: shown.revision + 1 }),
    ...noSuggestionsYet(),
    [`GET /api/cases/${CASE_ID}/revisions`]: () => json(200, { items: [] }),
  });
}

describe('editing a case told in prose', () => {
  it('sends the new title and presentation with the note, then shows the case', async () => {
    const sent = stubCase(aCaseDetail({ isOwn: true, abilities: editable }));
    const page = await renderApp(`/cases/${CASE_ID}/edit`);
    const title = await waitFor(() => getField(page.container, 'Title'));
    expect(title.value).toBe('Recurring fevers and a migrating rash');
    await typeInto(title, 'Recurring fevers, a rash and sore knees');
    await typeInto(getField(page.container, 'What changed? (optional)'), 'Added the knees');
    await click(getButton(page.container, 'Save changes'));

    await waitFor(() => {
      expect(page.location()).toBe(`/cases/${CASE_ID}`);
    });
    expect(edits(sent).map((request) => request.body)).toEqual([
      {
        title: 'Recurring fevers, a rash and sore knees',
        presentation: 'Fevers every three weeks.\n\nA rash that moves from arm to leg.',
        note: 'Added the knees',
      },
    ]);
  });
});

describe('editing a patient case', () => {
  const patientCase = aCaseDetail({
    isOwn: true,
    questionnaire: aQuestionnaire(),
    abilities: editable,
  });

  it('moves between steps without saving, offering Cancel instead of a draft', async () => {
    const sent = stubCase(patientCase);
    const page = await renderApp(`/cases/${CASE_ID}/edit`);
    await waitFor(() => getButton(page.container, 'Next'));
    expect(getLink(page.container, 'Cancel').getAttribute('href')).toBe(`/cases/${CASE_ID}`);
    expect(() => getButton(page.container, 'Save and continue later')).toThrow();
    await click(getButton(page.container, 'Next'));

    await waitFor(() => {
      expect(page.location()).toBe(`/cases/${CASE_ID}/edit?step=complaint`);
    });
    expect(edits(sent)).toEqual([]);
  });

  it('saves the whole questionnaire with the note from the review', async () => {
    const sent = stubCase(patientCase);
    const page = await renderApp(`/cases/${CASE_ID}/edit?step=review`);
    const note = await waitFor(() => getField(page.container, 'What changed? (optional)'));
    await typeInto(note, 'Added the CRP result');
    await click(getButton(page.container, 'Save changes'));

    await waitFor(() => {
      expect(page.location()).toBe(`/cases/${CASE_ID}`);
    });
    const [edit] = edits(sent);
    expect(edit?.method).toBe('PUT');
    expect(edit?.body).toEqual({ questionnaire: aQuestionnaire(), note: 'Added the CRP result' });
  });
});
