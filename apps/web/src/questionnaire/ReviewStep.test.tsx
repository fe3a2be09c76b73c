// Reviewing a draft before publishing: the missing required steps listed with links back to
// them, and "Publish case" sending the submission window, then opening the published case.
import { describe, expect, it } from 'vitest';
import { json, problem, stubApi } from '../testing/fetchStub';
import {
  aCaseDetail,
  aDraft,
  aMember,
  aQuestionnaire,
  aSession,
  CASE_ID,
} from '../testing/fixtures';
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

const signedIn = { 'GET /api/session': () => json(200, aSession(aMember())) };
const reviewPath = `/cases/${CASE_ID}/edit?step=review`;
const windowLabel = 'Submission window in days';

async function openReview() {
  const page = await renderApp(reviewPath);
  await waitFor(() => getButton(page.container, 'Publish case'));
  return page;
}

describe('reviewing and publishing a patient case', () => {
  it('lists the missing required steps with links back to them, and cannot publish yet', async () => {
    const { about, complaint } = aQuestionnaire();
    stubApi({
      ...signedIn,
      [`GET /api/cases/${CASE_ID}`]: () =>
        json(200, aDraft({ questionnaire: { version: 1, about, complaint } })),
    });
    const page = await openReview();
    const { container } = page;
    const notice = container.querySelector('.notice');
    expect(notice?.textContent).toContain('2 required steps are not complete yet:');
    const links = [...(notice?.querySelectorAll('a') ?? [])].map((link) => [
      link.textContent,
      link.getAttribute('href'),
    ]);
    expect(links).toEqual([
      ['Symptoms', `/cases/${CASE_ID}/edit?step=symptoms`],
      ['Your question', `/cases/${CASE_ID}/edit?step=question`],
    ]);
    expect(getButton(container, 'Publish case').disabled).toBe(true);
    expect(container.textContent).toContain('30 to 44 years');

    await click(getLink(notice ?? container, 'Symptoms'));
    await waitFor(() => {
      expect(page.location()).toBe(`/cases/${CASE_ID}/edit?step=symptoms`);
    });
    expect(getButton(container, 'Add a symptom')).toBeTruthy();
  });

  it('publishes with the chosen submission window and opens the case', async () => {
    const published = aCaseDetail({ isOwn: true, questionnaire: aQuestionnaire() });
    const sent = stubApi({
      ...signedIn,
      [`GET /api/cases/${CASE_ID}`]: () => json(200, aDraft({ questionnaire: aQuestionnaire() })),
      [`POST /api/cases/${CASE_ID}/publish`]: () => json(200, published),
      [`GET /api/cases/${CASE_ID}/suggestions`]: () => json(200, { items: [] }),
    });
    const page = await openReview();
    expect(page.container.textContent).toContain('Every required step is complete.');
    expect(getField(page.container, windowLabel).value).toBe('30');
    await typeInto(getField(page.container, windowLabel), '45');
    await click(getButton(page.container, 'Publish case'));

    await waitFor(() => {
      expect(page.location()).toBe(`/cases/${CASE_ID}`);
    });
    expect(sent.find((request) => request.method === 'POST')?.body).toEqual({
      submissionWindowDays: 45,
    });
  });

  it('refuses a window outside 7 to 90 days, and shows what the server refused', async () => {
    const sent = stubApi({
      ...signedIn,
      [`GET /api/cases/${CASE_ID}`]: () => json(200, aDraft({ questionnaire: aQuestionnaire() })),
      [`POST /api/cases/${CASE_ID}/publish`]: () =>
        problem(400, 'The case cannot be published yet.', [
          { field: 'questionnaire.question', message: 'Say what you want to know' },
        ]),
    });
    const { container } = await openReview();
    await typeInto(getField(container, windowLabel), '5');
    await click(getButton(container, 'Publish case'));
    expect(descriptionOf(getField(container, windowLabel))).toContain(
      'Submission window in days must be at least 7.',
    );
    expect(sent.filter((request) => request.method === 'POST')).toEqual([]);

    await typeInto(getField(container, windowLabel), '30');
    await click(getButton(container, 'Publish case'));
    await waitFor(() => {
      expect(container.querySelector('.publish-form .form-alert')?.textContent).toBe(
        'The case cannot be published yet.Say what you want to know',
      );
    });
  });
});
