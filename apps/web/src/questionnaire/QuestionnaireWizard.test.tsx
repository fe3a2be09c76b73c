// The patient case wizard: each step checked with the shared schemas before it is left (reasons
// next to the fields, the server's too), the draft created at the first step change and saved at
// the next, and the progress list saying where the patient is.
import { describe, expect, it } from 'vitest';
import type { CreateDraftBody, PatientQuestionnaireDraft, SaveDraftBody } from '@consilium/api';
import { json, problem, stubApi } from '../testing/fetchStub';
import type { SentRequest } from '../testing/fetchStub';
import { aDraft, aMember, aSession, CASE_ID } from '../testing/fixtures';
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

const signedIn = {
  'GET /api/session': () => json(200, aSession(aMember())),
  // The symptoms step asks whether HPO terms are loaded; here they are not.
  'GET /api/vocabulary/hpo': () => json(200, { items: [], available: false }),
};
const draftPath = `/cases/${CASE_ID}/edit`;

async function openWizard(path: string) {
  const page = await renderApp(path);
  await waitFor(() => getButton(page.container, 'Save and continue later'));
  return page;
}

function changesSent(sent: SentRequest[]): SentRequest[] {
  return sent.filter((request) => request.method !== 'GET');
}

const oneSymptom: PatientQuestionnaireDraft = {
  version: 1,
  symptoms: {
    symptoms: [
      { description: 'Evening fever', onsetAgo: { value: 2, unit: 'weeks' }, severity: 5 },
    ],
  },
};

describe('the patient case wizard', () => {
  it('refuses a severity of 11 and a future onset date, saying why next to each, and saves nothing', async () => {
    const sent = stubApi(signedIn);
    const { container } = await openWizard('/cases/new/patient?step=symptoms');
    await click(getButton(container, 'Add a symptom'));
    await typeInto(getField(container, 'Symptom'), 'Evening fever');
    await click(getField(container, 'On a date'));
    await typeInto(getField(container, 'Date it started'), '2099-01-01');
    await typeInto(getField(container, 'Severity, from 0 to 10'), '11');
    await click(getButton(container, 'Next'));

    const severity = getField(container, 'Severity, from 0 to 10');
    expect(severity.getAttribute('aria-invalid')).toBe('true');
    expect(descriptionOf(severity)).toContain('Severity must be at most 10.');
    expect(descriptionOf(getField(container, 'Date it started'))).toBe(
      'Date it started cannot be in the future.',
    );
    expect(container.querySelector('.form-alert')?.textContent).toBe(
      'Please correct the 2 fields marked below.',
    );
    expect(changesSent(sent)).toEqual([]);
  });

  it('lets the patient be unsure when it started and how bad it is, and sends neither', async () => {
    const sent = stubApi({
      ...signedIn,
      'POST /api/cases/drafts': (request) =>
        json(201, aDraft({ questionnaire: (request.body as CreateDraftBody).questionnaire })),
    });
    const page = await openWizard('/cases/new/patient?step=symptoms');
    const { container } = page;
    await click(getButton(container, 'Add a symptom'));
    await typeInto(getField(container, 'Symptom'), 'Evening fever');
    await click(getField(container, 'Some time ago'));
    expect(getField(container, 'How long ago').value).toBe('');
    expect(getSelect(container, 'Unit').value).toBe('months');
    await click(getField(container, 'Not sure'));
    await typeInto(getField(container, 'Severity, from 0 to 10'), '4');
    await click(getField(container, 'Not sure how bad it is'));
    expect(() => getField(container, 'Severity, from 0 to 10')).toThrow();
    await click(getButton(container, 'Next'));

    await waitFor(() => {
      expect(page.location()).toBe(`${draftPath}?step=history`);
    });
    expect(changesSent(sent)[0]?.body).toEqual({
      kind: 'patient',
      questionnaire: { version: 1, symptoms: { symptoms: [{ description: 'Evening fever' }] } },
    });
  });

  it('names the missing main problem before going on', async () => {
    const sent = stubApi(signedIn);
    const { container } = await openWizard('/cases/new/patient?step=complaint');
    await typeInto(getField(container, 'Title'), 'Recurring fevers');
    await click(getButton(container, 'Next'));

    const complaint = getField(container, 'Main problem');
    expect(descriptionOf(complaint)).toContain('Main problem is required.');
    expect(document.activeElement).toBe(complaint);
    expect(changesSent(sent)).toEqual([]);
  });

  it('creates the draft at the first step change, then saves it at the next', async () => {
    const sent = stubApi({
      ...signedIn,
      'POST /api/cases/drafts': (request) =>
        json(201, aDraft({ questionnaire: (request.body as CreateDraftBody).questionnaire })),
      [`PUT /api/cases/${CASE_ID}/draft`]: (request) =>
        json(200, aDraft({ questionnaire: (request.body as SaveDraftBody).questionnaire })),
    });
    const page = await openWizard('/cases/new/patient');
    const { container } = page;
    await choose(getSelect(container, 'Age'), '30-44');
    await choose(getSelect(container, 'Sex'), 'female');
    await choose(getSelect(container, 'Country'), 'ES');
    await click(getButton(container, 'Next'));

    await waitFor(() => {
      expect(page.location()).toBe(`${draftPath}?step=complaint`);
    });
    expect(changesSent(sent)).toMatchObject([
      {
        method: 'POST',
        url: '/api/cases/drafts',
        body: {
          kind: 'patient',
          questionnaire: { version: 1, about: { ageBand: '30-44', sex: 'female', country: 'ES' } },
        },
      },
    ]);
    await waitFor(() => getField(container, 'Title'));
    expect(container.querySelector('.save-status')?.textContent).toMatch(/^Saved at /);

    await typeInto(getField(container, 'Title'), 'Recurring fevers');
    await typeInto(
      getField(container, 'Main problem'),
      'Fevers every three weeks since May, with aching knees.',
    );
    await click(getButton(container, 'Next'));
    await waitFor(() => {
      expect(page.location()).toBe(`${draftPath}?step=symptoms`);
    });
    const saved = changesSent(sent)[1];
    expect(saved).toMatchObject({ method: 'PUT', url: `/api/cases/${CASE_ID}/draft` });
    expect(saved?.body).toEqual({
      questionnaire: {
        version: 1,
        about: { ageBand: '30-44', sex: 'female', country: 'ES' },
        complaint: {
          title: 'Recurring fevers',
          chiefComplaint: 'Fevers every three weeks since May, with aching knees.',
        },
      },
    });
    const current = container.querySelector('[aria-current="step"]');
    expect(current?.textContent).toContain('Symptoms');
    const about = [...container.querySelectorAll('.wizard-progress__step')][0];
    expect(about?.textContent).toContain('Complete');
  });

  it("puts the server's field errors on their fields and says the draft was not saved", async () => {
    stubApi({
      ...signedIn,
      [`GET /api/cases/${CASE_ID}`]: () => json(200, aDraft({ questionnaire: oneSymptom })),
      [`PUT /api/cases/${CASE_ID}/draft`]: () =>
        problem(400, 'The draft could not be saved: 1 field is invalid.', [
          {
            field: 'body.questionnaire.symptoms.symptoms.0.severity',
            message: 'Severity must be from 0 to 10',
          },
        ]),
    });
    const page = await openWizard(`${draftPath}?step=symptoms`);
    const { container } = page;
    expect(getField(container, 'How long ago').value).toBe('2');
    await typeInto(getField(container, 'Severity, from 0 to 10'), '6');
    await click(getButton(container, 'Next'));

    await waitFor(() => {
      expect(descriptionOf(getField(container, 'Severity, from 0 to 10'))).toContain(
        'Severity must be from 0 to 10',
      );
    });
    expect(container.querySelector('.save-status--failed')?.textContent).toBe(
      'Not saved. The draft could not be saved: 1 field is invalid.',
    );
    expect(page.location()).toBe(`${draftPath}?step=symptoms`);
  });

  it('"Save and continue later" saves the draft and opens my cases', async () => {
    const sent = stubApi({
      ...signedIn,
      [`GET /api/cases/${CASE_ID}`]: () => json(200, aDraft({ questionnaire: oneSymptom })),
      [`PUT /api/cases/${CASE_ID}/draft`]: () => json(200, aDraft()),
      'GET /api/me/cases': () => json(200, { items: [] }),
    });
    const page = await openWizard(`${draftPath}?step=question`);
    await typeInto(
      getField(page.container, 'What do you want to know?'),
      'What causes the fevers?',
    );
    await click(getButton(page.container, 'Save and continue later'));

    await waitFor(() => {
      expect(page.location()).toBe('/my-cases');
    });
    expect(changesSent(sent)[0]?.body).toEqual({
      questionnaire: { ...oneSymptom, question: { wantToKnow: 'What causes the fevers?' } },
    });
    expect(page.container.querySelector('.flash-notice')?.textContent).toContain(
      'Your draft was saved.',
    );
  });

  it('adds and removes symptoms, keeping the others', async () => {
    stubApi({
      ...signedIn,
      [`GET /api/cases/${CASE_ID}`]: () => json(200, aDraft({ questionnaire: oneSymptom })),
    });
    const { container } = await openWizard(`${draftPath}?step=symptoms`);
    await click(getButton(container, 'Add a symptom'));
    expect(container.querySelectorAll('.entry').length).toBe(2);
    expect(document.activeElement?.id).toBe(
      container.querySelectorAll('.entry')[1]?.querySelector('input')?.id,
    );
    const removeFirst = container.querySelectorAll<HTMLButtonElement>('.entry button')[0];
    if (!removeFirst) throw new Error('no remove button');
    expect(removeFirst.textContent).toBe('Remove symptom');
    await click(removeFirst);
    expect(container.querySelectorAll('.entry').length).toBe(1);
    expect(container.querySelector('.entry legend')?.textContent).toBe('Symptom 1');
    expect(getField(container, 'Symptom').value).toBe('');
  });
});
