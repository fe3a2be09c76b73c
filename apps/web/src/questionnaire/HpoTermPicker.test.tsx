// Coding symptoms and findings with HPO terms in the wizard: a lay word is looked up once typing
// pauses, the term chosen with the keyboard (or the mouse) is stored in the draft as {id, label},
// can be removed again, and the picker is not offered when no terms are loaded.
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import type { PatientQuestionnaireDraft, SaveDraftBody, Term } from '@consilium/api';
import { json, stubApi } from '../testing/fetchStub';
import type { SentRequest } from '../testing/fetchStub';
import { aDraft, aMember, aSession, CASE_ID } from '../testing/fixtures';
import { click, getButton, getField, renderApp, typeInto, waitFor } from '../testing/render';

const FATIGUE: Term = { id: 'HP:0012378', label: 'Fatigue', matched: 'tiredness' };
const FEVER: Term = { id: 'HP:0001945', label: 'Fever', matched: null };
const SYMPTOM_TERM = 'Medical term (optional)';
const FINDING_TERM = 'Medical term of the finding (optional)';
const symptomsPath = `/cases/${CASE_ID}/edit?step=symptoms`;

const oneSymptom: PatientQuestionnaireDraft = {
  version: 1,
  symptoms: { symptoms: [{ description: 'Always tired', severity: 6 }] },
};

/** The vocabulary as the server answers it: terms whose label or synonym starts like the query. */
function vocabulary(available: boolean) {
  return (request: SentRequest) => {
    const query = new URL(request.url, 'http://localhost').searchParams.get('q') ?? '';
    const items = [FATIGUE, FEVER].filter((term) =>
      [term.label, term.matched ?? ''].some((name) =>
        name.toLowerCase().startsWith(query.toLowerCase().slice(0, 3)),
      ),
    );
    return json(200, { items: available ? items : [], available });
  };
}

function wizardApi(available = true) {
  return stubApi({
    'GET /api/session': () => json(200, aSession(aMember())),
    [`GET /api/cases/${CASE_ID}`]: () => json(200, aDraft({ questionnaire: oneSymptom })),
    [`PUT /api/cases/${CASE_ID}/draft`]: (request) =>
      json(200, aDraft({ questionnaire: (request.body as SaveDraftBody).questionnaire })),
    'GET /api/vocabulary/hpo': vocabulary(available),
  });
}

async function press(element: HTMLElement, key: string): Promise<void> {
  await act(async () => {
    element.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
    await Promise.resolve();
  });
}

async function openSymptoms() {
  const page = await renderApp(symptomsPath);
  await waitFor(() => getField(page.container, SYMPTOM_TERM));
  return page;
}

function savedDraft(sent: SentRequest[]): PatientQuestionnaireDraft | undefined {
  return (sent.find((request) => request.method === 'PUT')?.body as SaveDraftBody | undefined)
    ?.questionnaire;
}

describe('the HPO term picker', () => {
  it('finds a term by a lay word and stores the one chosen with the keyboard in the draft', async () => {
    const sent = wizardApi();
    const page = await openSymptoms();
    const { container } = page;
    const box = getField(container, SYMPTOM_TERM);
    expect(box.getAttribute('role')).toBe('combobox');
    await typeInto(box, 'tired');
    const option = await waitFor(() => {
      const found = container.querySelector('[role="option"]');
      if (!found) throw new Error('no terms yet');
      return found;
    });
    expect(option.textContent).toContain('Fatigue');
    expect(option.textContent).toContain('matches “tiredness”');
    expect(option.textContent).toContain('HP:0012378');
    expect(box.getAttribute('aria-expanded')).toBe('true');

    await press(box, 'ArrowDown');
    expect(box.getAttribute('aria-activedescendant')).toBe(option.id);
    await press(box, 'Enter');
    // The term is chosen; the step is not submitted by that Enter.
    expect(container.querySelector('.hpo-picker__chosen')?.textContent).toContain(
      'Fatigue HP:0012378',
    );
    expect(page.location()).toBe(symptomsPath);
    expect(document.activeElement).toBe(getButton(container, 'Remove the term Fatigue'));

    await click(getButton(container, 'Next'));
    await waitFor(() => {
      expect(page.location()).toBe(`/cases/${CASE_ID}/edit?step=history`);
    });
    expect(savedDraft(sent)?.symptoms?.symptoms).toEqual([
      {
        description: 'Always tired',
        severity: 6,
        hpo: { id: 'HP:0012378', label: 'Fatigue' },
      },
    ]);
  });

  it('removes a chosen term, and the box is there again to look one up', async () => {
    stubApi({
      'GET /api/session': () => json(200, aSession(aMember())),
      [`GET /api/cases/${CASE_ID}`]: () =>
        json(
          200,
          aDraft({
            questionnaire: {
              version: 1,
              symptoms: {
                symptoms: [
                  {
                    description: 'Hot at night',
                    severity: 5,
                    hpo: { id: FEVER.id, label: 'Fever' },
                  },
                ],
              },
            },
          }),
        ),
      'GET /api/vocabulary/hpo': vocabulary(true),
    });
    const { container } = await renderApp(symptomsPath);
    const remove = await waitFor(() => getButton(container, 'Remove the term Fever'));
    await click(remove);
    expect(document.activeElement).toBe(getField(container, SYMPTOM_TERM));
  });

  it('codes a finding checked and not present, chosen with the mouse', async () => {
    const sent = wizardApi();
    const page = await openSymptoms();
    const { container } = page;
    await click(getButton(container, 'Add a finding'));
    await typeInto(getField(container, 'What was checked and not found'), 'No fever');
    await typeInto(getField(container, FINDING_TERM), 'fever');
    const option = await waitFor(() => {
      const found = [...container.querySelectorAll<HTMLElement>('[role="option"]')].find((item) =>
        item.textContent.includes('Fever'),
      );
      if (!found) throw new Error('no terms yet');
      return found;
    });
    await click(option);
    await click(getButton(container, 'Next'));

    await waitFor(() => {
      expect(page.location()).toBe(`/cases/${CASE_ID}/edit?step=history`);
    });
    expect(savedDraft(sent)?.symptoms?.ruledOutFindings).toEqual([
      { description: 'No fever', hpo: { id: 'HP:0001945', label: 'Fever' } },
    ]);
  });

  it('is not offered when no terms are loaded', async () => {
    const sent = wizardApi(false);
    const { container } = await renderApp(symptomsPath);
    await waitFor(() => getField(container, 'Symptom'));
    await waitFor(() => {
      expect(sent.some((request) => request.url.startsWith('/api/vocabulary/hpo'))).toBe(true);
    });
    // Give the answer time to arrive: the picker must still not be there.
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 50));
    });
    expect(container.querySelector('.hpo-picker')).toBeNull();
    expect(() => getField(container, SYMPTOM_TERM)).toThrow();
  });
});
