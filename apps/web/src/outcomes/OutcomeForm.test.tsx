// Recording the confirmed diagnosis of a closed case: each problem on its field before sending
// (no date after today), the server's problems in words, then the outcome and where it stood in
// the collective differential.
import { describe, expect, it } from 'vitest';
import type { CaseReport } from '@consilium/api';
import { json, problem, stubApi } from '../testing/fetchStub';
import type { Responder, SentRequest } from '../testing/fetchStub';
import {
  aCaseDetail,
  aMember,
  anOutcome,
  aReport,
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
import { localToday } from './outcomeValues';

/** The owner's closed case; once an outcome is recorded, the report carries it. */
function ownerApi(initial: CaseReport, recordOutcome: Responder): SentRequest[] {
  let report = initial;
  return stubApi({
    'GET /api/session': () => json(200, aSession(aMember())),
    [`GET /api/cases/${CASE_ID}`]: () =>
      json(200, aCaseDetail({ isOwn: true, status: 'closed', abilities: caseAbilities() })),
    ...noSuggestionsYet(),
    [`GET /api/cases/${CASE_ID}/report`]: () => json(200, report),
    [`PUT /api/cases/${CASE_ID}/outcome`]: async (request) => {
      const answer = await recordOutcome(request);
      if (answer.ok) {
        const outcome = (await answer.clone().json()) as CaseReport['outcome'];
        report = {
          ...report,
          outcome,
          abilities: { ...report.abilities, canRecordOutcome: false },
        };
      }
      return answer;
    },
    'GET /api/vocabulary/diagnoses': () => json(200, { items: [], available: true }),
  });
}

const recordable = aReport({ abilities: { canRecordOutcome: true, canRate: false } });

async function openCase(): Promise<HTMLElement> {
  const { container } = await renderApp(`/cases/${CASE_ID}`);
  await waitFor(() => {
    if (!container.querySelector('.outcome-section')) throw new Error('not yet');
  });
  return container;
}

function section(container: HTMLElement): HTMLElement {
  const found = container.querySelector<HTMLElement>('.outcome-section');
  if (!found) throw new Error('no outcome section');
  return found;
}

function tomorrow(): string {
  const day = new Date();
  day.setDate(day.getDate() + 1);
  return localToday(day);
}

async function fillIn(container: HTMLElement, confirmedOn: string) {
  await typeInto(getField(container, 'Confirmed diagnosis'), 'Lyme disease');
  await choose(getSelect(container, 'How it was confirmed'), 'laboratory');
  await typeInto(getField(container, 'Date confirmed'), confirmedOn);
}

describe('recording the confirmed diagnosis', () => {
  it('shows what is missing on each field, and sends nothing', async () => {
    const sent = ownerApi(recordable, () => json(200, anOutcome()));
    const container = await openCase();
    await click(getButton(container, 'Record the diagnosis'));
    expect(descriptionOf(getField(container, 'Confirmed diagnosis'))).toContain(
      'Confirmed diagnosis is required.',
    );
    expect(descriptionOf(getSelect(container, 'How it was confirmed'))).toBe(
      'How it was confirmed is required.',
    );
    expect(descriptionOf(getField(container, 'Date confirmed'))).toContain(
      'Date confirmed is required.',
    );
    expect(sent.filter((request) => request.method === 'PUT')).toEqual([]);
  });

  it('refuses a date after today before sending', async () => {
    const sent = ownerApi(recordable, () => json(200, anOutcome()));
    const container = await openCase();
    expect(getField(container, 'Date confirmed').getAttribute('max')).toBe(localToday(new Date()));
    await fillIn(container, tomorrow());
    await click(getButton(container, 'Record the diagnosis'));
    expect(descriptionOf(getField(container, 'Date confirmed'))).toContain(
      "The date confirmed can't be after today.",
    );
    expect(sent.filter((request) => request.method === 'PUT')).toEqual([]);
  });

  it('says in words why the server refused, on the field it names', async () => {
    ownerApi(recordable, () =>
      problem(422, 'The outcome has 1 invalid field.', [
        { field: 'body.confirmedOn', message: 'The date must be after the case was posted.' },
      ]),
    );
    const container = await openCase();
    await fillIn(container, '2020-01-02');
    await click(getButton(container, 'Record the diagnosis'));
    await waitFor(() => {
      expect(descriptionOf(getField(container, 'Date confirmed'))).toContain(
        'The date must be after the case was posted.',
      );
    });
    expect(section(container).querySelector('[role="alert"]')?.textContent).toContain(
      'The outcome has 1 invalid field.',
    );
  });

  it('sends the outcome, then shows it and where it ranked in the collective differential', async () => {
    const sent = ownerApi(recordable, () =>
      json(200, anOutcome({ collectiveRank: 2, candidates: 7, method: 'laboratory' })),
    );
    const container = await openCase();
    await fillIn(container, '2025-05-02');
    await click(getButton(container, 'Record the diagnosis'));
    await waitFor(() => {
      expect(section(container).querySelector('[data-testid="outcome-rank"]')?.textContent).toBe(
        'The confirmed diagnosis was #2 of 7 in the collective differential.',
      );
    });
    expect(sent.filter((request) => request.method === 'PUT').map((r) => r.body)).toEqual([
      {
        conceptId: null,
        diagnosis: 'Lyme disease',
        method: 'laboratory',
        confirmedOn: '2025-05-02',
        teachingPoint: '',
      },
    ]);
    expect(section(container).textContent).toContain('Laboratory test');
    expect(section(container).textContent).toContain('The confirmed diagnosis was recorded.');
    expect(section(container).querySelector('form')).toBeNull();
  });

  it('says so when the confirmed diagnosis was not in the differential', async () => {
    ownerApi(aReport({ outcome: anOutcome({ collectiveRank: null }) }), () => json(200, {}));
    const container = await openCase();
    expect(section(container).querySelector('[data-testid="outcome-rank"]')?.textContent).toBe(
      'The confirmed diagnosis was not in the collective differential.',
    );
  });
});
