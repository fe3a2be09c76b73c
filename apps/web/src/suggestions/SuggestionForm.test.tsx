// Suggesting a diagnosis on a case page: each problem shown on its field (or reference row) before
// anything is sent, the server's problems put where it says, the concept chosen sent with the
// words, and the form replaced by the server's reason, or by seeding, when the member may not.
import { describe, expect, it } from 'vitest';
import type { DiagnosisTerm, SuggestionBoard } from '@consilium/api';
import { json, problem, stubApi } from '../testing/fetchStub';
import type { Responder, SentRequest } from '../testing/fetchStub';
import {
  aBoard,
  aCandidate,
  aCaseDetail,
  aDifferential,
  aMember,
  aSession,
  aSuggestion,
  CASE_ID,
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

const LYME: DiagnosisTerm = {
  id: 'DOID:11729',
  system: 'DOID',
  code: '11729',
  label: 'Lyme disease',
  matched: null,
  xrefs: [],
};

const suggesting = aBoard({
  abilities: { canSuggest: true, canSeed: false },
  mine: { count: 2, limit: 5 },
});

function caseApi(board: SuggestionBoard, more: Record<string, Responder> = {}) {
  return stubApi({
    'GET /api/session': () => json(200, aSession(aMember())),
    [`GET /api/cases/${CASE_ID}`]: () => json(200, aCaseDetail()),
    [`GET /api/cases/${CASE_ID}/suggestions`]: () => json(200, board),
    [`GET /api/cases/${CASE_ID}/collective-differential`]: () => json(200, aDifferential()),
    'GET /api/vocabulary/diagnoses': () => json(200, { items: [LYME], available: true }),
    ...more,
  });
}

async function openCase(): Promise<HTMLElement> {
  const { container } = await renderApp(`/cases/${CASE_ID}`);
  await waitFor(() => {
    if (!container.querySelector('.suggest form, [data-testid="cannot-suggest"]'))
      throw new Error('no way to suggest yet');
  });
  return container;
}

const posts = (sent: SentRequest[]) => sent.filter((request) => request.method === 'POST');
const reads = (sent: SentRequest[], path: string) =>
  sent.filter((request) => request.method === 'GET' && request.url.endsWith(path)).length;

async function addReference(container: HTMLElement, kind: 'url' | 'pmid', value: string) {
  await click(getButton(container, 'Add a reference'));
  const rows = container.querySelectorAll('.reference-row');
  const number = rows.length;
  await choose(getSelect(container, `Kind of Reference ${String(number)}`), kind);
  await typeInto(getField(container, `Reference ${String(number)}`), value);
}

describe('the suggest form', () => {
  it('says how many of the five suggestions the member has used', async () => {
    caseApi(suggesting);
    const container = await openCase();
    expect(container.querySelector('[data-testid="suggestions-used"]')?.textContent).toBe(
      '2 of 5 suggestions used.',
    );
  });

  it('shows each problem on its own field and reference row, and sends nothing', async () => {
    const sent = caseApi(suggesting);
    const container = await openCase();
    await typeInto(getField(container, 'Confidence (%)'), '150');
    await addReference(container, 'pmid', 'abc');
    await click(getButton(container, 'Suggest diagnosis'));

    expect(descriptionOf(getField(container, 'Diagnosis'))).toContain('Diagnosis is required.');
    expect(descriptionOf(getField(container, 'Confidence (%)'))).toContain(
      'Confidence must be at most 100.',
    );
    const reference = getField(container, 'Reference 1');
    expect(reference.getAttribute('aria-invalid')).toBe('true');
    expect(descriptionOf(reference)).toBe(
      '“abc” is not a PubMed id: use digits only, e.g. 31234567.',
    );
    expect(container.querySelector('.suggest [role="alert"]')?.textContent).toBe(
      'Please correct the 3 fields marked below.',
    );
    expect(document.activeElement).toBe(getField(container, 'Diagnosis'));
    expect(posts(sent)).toEqual([]);
  });

  it("puts the server's problem on the reference row it names", async () => {
    caseApi(suggesting, {
      [`POST /api/cases/${CASE_ID}/suggestions`]: () =>
        problem(422, 'The suggestion has 1 invalid field.', [
          { field: 'body.references.1.value', message: 'That page could not be found.' },
        ]),
    });
    const container = await openCase();
    await typeInto(getField(container, 'Diagnosis'), 'Erythema migrans');
    await addReference(container, 'pmid', '31234567');
    await addReference(container, 'url', 'https://example.org/missing');
    await click(getButton(container, 'Suggest diagnosis'));

    await waitFor(() => {
      expect(descriptionOf(getField(container, 'Reference 2'))).toBe(
        'That page could not be found.',
      );
    });
    expect(getField(container, 'Reference 1').getAttribute('aria-invalid')).toBeNull();
    expect(container.querySelector('.suggest [role="alert"]')?.textContent).toContain(
      'The suggestion has 1 invalid field.',
    );
  });

  it('sends the concept chosen with its words, then reads the board and differential again', async () => {
    const sent = caseApi(suggesting, {
      [`POST /api/cases/${CASE_ID}/suggestions`]: () =>
        json(201, aSuggestion({ diagnosis: 'Lyme disease', isOwn: true })),
    });
    const container = await openCase();
    await typeInto(getField(container, 'Diagnosis'), 'lyme');
    const option = await waitFor(() => {
      const found = [...container.querySelectorAll('[role="option"]')].find((element) =>
        element.textContent.includes('DOID:11729'),
      );
      if (!(found instanceof HTMLElement)) throw new Error('no concept offered yet');
      return found;
    });
    await click(option);
    await typeInto(getField(container, 'Confidence (%)'), '80');
    await typeInto(
      getField(container, 'Rationale (optional)'),
      'Erythema **migrans** after a hike.',
    );
    await typeInto(getField(container, 'Next steps (optional)'), 'Borrelia serology.');
    await addReference(container, 'pmid', 'PMID: 27282163');
    const readsBefore = reads(sent, '/collective-differential');
    await click(getButton(container, 'Suggest diagnosis'));

    await waitFor(() => {
      expect(container.textContent).toContain('Your suggestion "Lyme disease" was added.');
    });
    expect(posts(sent).map((request) => request.body)).toEqual([
      {
        conceptId: 'DOID:11729',
        diagnosis: 'Lyme disease',
        rationale: 'Erythema **migrans** after a hike.',
        nextSteps: 'Borrelia serology.',
        references: [{ kind: 'pmid', value: '27282163' }],
        confidence: 80,
      },
    ]);
    await waitFor(() => {
      expect(reads(sent, '/collective-differential')).toBeGreaterThan(readsBefore);
    });
    expect(reads(sent, '/suggestions')).toBe(2);
    expect(getField(container, 'Diagnosis').value).toBe('');
    expect(container.querySelectorAll('.reference-row')).toHaveLength(0);
  });

  it("shows the server's reason in place of the form when the member may not suggest", async () => {
    caseApi(
      aBoard({
        mine: { count: 5, limit: 5 },
        cannotSuggestReason: 'You have 5 suggestions on this case, the most one member may have.',
      }),
    );
    const container = await openCase();
    expect(container.querySelector('[data-testid="cannot-suggest"]')?.textContent).toBe(
      'You have 5 suggestions on this case, the most one member may have.',
    );
    expect(container.querySelector('.suggestion-form')).toBeNull();
  });
});

describe("the case author's poll", () => {
  it('puts up a possible diagnosis in their own words instead of suggesting', async () => {
    const sent = caseApi(aBoard({ abilities: { canSuggest: false, canSeed: true } }), {
      [`POST /api/cases/${CASE_ID}/candidates`]: () =>
        json(201, aCandidate({ label: 'Lupus', seededByAuthor: true })),
    });
    const container = await openCase();
    expect(container.querySelector('.suggest h2')?.textContent).toBe('Put up possible diagnoses');
    expect(container.querySelector('.suggestion-form')).toBeNull();
    await click(getButton(container, 'Put it up for a vote'));
    expect(descriptionOf(getField(container, 'Possible diagnosis'))).toContain(
      'Diagnosis is required.',
    );
    await typeInto(getField(container, 'Possible diagnosis'), 'Lupus');
    await click(getButton(container, 'Put it up for a vote'));
    await waitFor(() => {
      expect(posts(sent).map((request) => request.body)).toEqual([
        { conceptId: null, label: 'Lupus' },
      ]);
    });
  });
});
