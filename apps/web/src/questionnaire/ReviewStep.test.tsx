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
  noSuggestionsYet,
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
      'GET /api/me/points': () => json(200, { balance: 100, entries: [], nextCursor: null }),
      ...noSuggestionsYet(),
    });
    const page = await openReview();
    expect(page.container.textContent).toContain('Every required step is complete.');
    expect(getField(page.container, windowLabel).value).toBe('30');
    await typeInto(getField(page.container, windowLabel), '45');
    const pledge = getField(page.container, 'Reward points (optional)');
    await waitFor(() => {
      expect(descriptionOf(pledge)).toContain('your balance (100)');
    });
    await typeInto(pledge, '40');
    await click(getButton(page.container, 'Publish case'));

    await waitFor(() => {
      expect(page.location()).toBe(`/cases/${CASE_ID}`);
    });
    expect(sent.find((request) => request.method === 'POST')?.body).toEqual({
      anonymous: false,
      submissionWindowDays: 45,
      rewardPledge: 40,
    });
  });

  it('publishes as "Anonymous patient" when asked', async () => {
    const published = aCaseDetail({ isOwn: true, questionnaire: aQuestionnaire() });
    const sent = stubApi({
      ...signedIn,
      [`GET /api/cases/${CASE_ID}`]: () => json(200, aDraft({ questionnaire: aQuestionnaire() })),
      [`POST /api/cases/${CASE_ID}/publish`]: () => json(200, published),
      'GET /api/me/points': () => json(200, { balance: 100, entries: [], nextCursor: null }),
      ...noSuggestionsYet(),
    });
    const page = await openReview();
    const anonymous = getField(page.container, 'Post anonymously (shown as “Anonymous patient”)');
    expect(descriptionOf(anonymous)).toContain('readers see “Anonymous patient”');
    await click(anonymous);
    await click(getButton(page.container, 'Publish case'));

    await waitFor(() => {
      expect(page.location()).toBe(`/cases/${CASE_ID}`);
    });
    expect(sent.find((request) => request.method === 'POST')?.body).toEqual({
      anonymous: true,
      submissionWindowDays: 30,
      rewardPledge: 0,
    });
  });

  it('shows the HPO terms of symptoms and the findings checked and not present', async () => {
    const questionnaire = aQuestionnaire();
    questionnaire.symptoms = {
      symptoms: [
        {
          description: 'Evening fever',
          hpo: { id: 'HP:0001945', label: 'Fever' },
          onsetAgo: { value: 2, unit: 'months' },
        },
      ],
      ruledOutFindings: [
        { description: 'No rash', hpo: { id: 'HP:0000988', label: 'Skin rash' } },
        { description: 'Normal knee reflexes' },
      ],
    };
    stubApi({
      ...signedIn,
      [`GET /api/cases/${CASE_ID}`]: () => json(200, aDraft({ questionnaire })),
    });
    const { container } = await openReview();
    const symptom = container.querySelector('.questionnaire__item');
    expect(symptom?.textContent).toContain('Medical termFever HP:0001945');
    // No severity was given: none is shown.
    expect(symptom?.querySelector('.severity')).toBeNull();
    const headings = [...container.querySelectorAll('.questionnaire h3')].map(
      (heading) => heading.textContent,
    );
    expect(headings).toContain('Findings checked and not present');
    const findings = [...container.querySelectorAll('.questionnaire__section')].find((section) =>
      section.textContent.startsWith('Findings checked and not present'),
    );
    expect([...(findings?.querySelectorAll('li') ?? [])].map((item) => item.textContent)).toEqual([
      'No rashSkin rash HP:0000988',
      'Normal knee reflexes',
    ]);
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
