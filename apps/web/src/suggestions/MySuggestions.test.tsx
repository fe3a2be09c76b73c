// The member's own suggestions on a case: listed by their own rank, moved up or down through the
// reorder route, edited in place (only what changed is sent), withdrawn after a confirmation,
// and their earlier versions read.
import { describe, expect, it } from 'vitest';
import type { SuggestionHistory } from '@consilium/api';
import { json, stubApi } from '../testing/fetchStub';
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
import { click, getButton, getField, renderApp, typeInto, waitFor } from '../testing/render';

const editable = { canEdit: true, canRate: false };
const lyme = aSuggestion({
  diagnosis: 'Lyme disease',
  isOwn: true,
  position: 1,
  confidence: 70,
  abilities: editable,
});
const lupus = aSuggestion({
  diagnosis: 'Lupus',
  isOwn: true,
  position: 2,
  confidence: 40,
  revision: 2,
  abilities: editable,
});
const board = aBoard({
  candidates: [
    aCandidate({ label: 'Lupus', suggestions: [lupus] }),
    aCandidate({ label: 'Lyme disease', suggestions: [lyme] }),
  ],
  mine: { count: 2, limit: 5 },
  abilities: { canSuggest: true, canSeed: false },
});

function caseApi(more: Record<string, Responder> = {}): SentRequest[] {
  return stubApi({
    'GET /api/session': () => json(200, aSession(aMember())),
    [`GET /api/cases/${CASE_ID}`]: () => json(200, aCaseDetail()),
    [`GET /api/cases/${CASE_ID}/suggestions`]: () => json(200, board),
    [`GET /api/cases/${CASE_ID}/collective-differential`]: () => json(200, aDifferential()),
    'GET /api/vocabulary/diagnoses': () => json(200, { items: [], available: true }),
    ...more,
  });
}

async function openCase(): Promise<HTMLElement> {
  const { container } = await renderApp(`/cases/${CASE_ID}`);
  await waitFor(() => {
    if (!container.querySelector('.my-suggestions')) throw new Error('not rendered yet');
  });
  return container;
}

function mine(container: HTMLElement): HTMLElement {
  const found = container.querySelector<HTMLElement>('.my-suggestions');
  if (!found) throw new Error('no own suggestions');
  return found;
}

const changes = (sent: SentRequest[], method: string) =>
  sent.filter((request) => request.method === method);

describe("the member's own suggestions", () => {
  it('lists them by their own rank and moves one up through the reorder route', async () => {
    const sent = caseApi({
      [`PUT /api/cases/${CASE_ID}/suggestions/order`]: () => json(200, board),
    });
    const container = await openCase();
    const titles = [...mine(container).querySelectorAll('.own-suggestion__title')].map(
      (title) => title.textContent,
    );
    expect(titles).toEqual(['#1 Lyme disease', '#2 Lupus']);
    expect(getButton(container, 'Move Lyme disease up').disabled).toBe(true);
    await click(getButton(container, 'Move Lupus up'));
    await waitFor(() => {
      expect(changes(sent, 'PUT').map((request) => request.body)).toEqual([
        { suggestionIds: [lupus.id, lyme.id] },
      ]);
    });
  });

  it('edits one in place and sends only what changed', async () => {
    const sent = caseApi({
      [`PATCH /api/cases/${CASE_ID}/suggestions/${lyme.id}`]: () =>
        json(200, { ...lyme, confidence: 85, revision: 2 }),
    });
    const container = await openCase();
    await click(getButton(container, 'Edit Lyme disease'));
    const form = mine(container).querySelector<HTMLElement>('form');
    if (!form) throw new Error('no edit form');
    expect(getField(form, 'Diagnosis').value).toBe('Lyme disease');
    await typeInto(getField(form, 'Confidence (%)'), '85');
    await click(getButton(form, 'Save changes'));
    await waitFor(() => {
      expect(mine(container).textContent).toContain('Your changes to Lyme disease were saved.');
    });
    expect(changes(sent, 'PATCH').map((request) => request.body)).toEqual([{ confidence: 85 }]);
  });

  it('withdraws one only after the member confirms', async () => {
    const sent = caseApi({
      [`DELETE /api/cases/${CASE_ID}/suggestions/${lupus.id}`]: () =>
        new Response(null, { status: 204 }),
    });
    const container = await openCase();
    await click(getButton(container, 'Withdraw Lupus'));
    expect(mine(container).textContent).toContain(
      'Withdraw your suggestion “Lupus”? It stops counting in the collective differential',
    );
    expect(changes(sent, 'DELETE')).toEqual([]);
    await click(getButton(container, 'Yes, withdraw it'));
    await waitFor(() => {
      expect(changes(sent, 'DELETE')).toHaveLength(1);
    });
  });

  it('shows the earlier versions of an edited suggestion', async () => {
    const history: SuggestionHistory = {
      current: lupus,
      withdrawnAt: null,
      revisions: [
        {
          revision: 1,
          diagnosis: 'Systemic lupus erythematosus',
          concept: { id: 'DOID:9074', system: 'DOID', code: '9074' },
          rationale: 'Malar rash and arthralgia.',
          nextSteps: '',
          references: [{ kind: 'pmid', value: '31383182' }],
          confidence: 55,
          replacedAt: '2025-03-04T10:00:00.000Z',
        },
      ],
    };
    caseApi({
      [`GET /api/cases/${CASE_ID}/suggestions/${lupus.id}/history`]: () => json(200, history),
    });
    const container = await openCase();
    const toggle = getButton(container, 'History of Lupus');
    await click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    await waitFor(() => {
      expect(mine(container).textContent).toContain('Systemic lupus erythematosus');
    });
    const version = mine(container).querySelector('.suggestion-history__item');
    expect(version?.textContent).toContain('DOID:9074');
    expect(version?.textContent).toContain('Confidence 55%');
    expect(version?.textContent).toContain('Malar rash and arthralgia.');
    expect(version?.querySelector('a')?.getAttribute('href')).toBe(
      'https://pubmed.ncbi.nlm.nih.gov/31383182/',
    );
  });
});
