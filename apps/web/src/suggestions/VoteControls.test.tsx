// The candidates on a case page and the votes on them: collective order as the server gives it,
// each candidate's suggestions (an anonymous author by pseudonym only), a vote shown at once while
// it is sent and put back if the server refuses, and voting refused with the reason.
import { describe, expect, it } from 'vitest';
import type { Candidate, SuggestionBoard } from '@consilium/api';
import { json, stubApi, typedProblem } from '../testing/fetchStub';
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
import { click, descriptionOf, getButton, renderApp, waitFor } from '../testing/render';

function caseApi(board: () => SuggestionBoard, more: Record<string, Responder> = {}) {
  return stubApi({
    'GET /api/session': () => json(200, aSession(aMember())),
    [`GET /api/cases/${CASE_ID}`]: () => json(200, aCaseDetail()),
    [`GET /api/cases/${CASE_ID}/suggestions`]: () => json(200, board()),
    [`GET /api/cases/${CASE_ID}/collective-differential`]: () => json(200, aDifferential()),
    ...more,
  });
}

async function openCase(): Promise<HTMLElement> {
  const { container } = await renderApp(`/cases/${CASE_ID}`);
  await waitFor(() => {
    if (container.querySelectorAll('[data-testid="candidate"]').length === 0)
      throw new Error('candidates not rendered yet');
  });
  return container;
}

function candidateNamed(container: HTMLElement, label: string): HTMLElement {
  const found = [...container.querySelectorAll<HTMLElement>('[data-testid="candidate"]')].find(
    (item) => item.querySelector('h3')?.textContent.startsWith(label),
  );
  if (!found) throw new Error(`No candidate ${label}`);
  return found;
}

const count = (item: HTMLElement, side: 'upvotes' | 'downvotes') =>
  item.querySelector(`[data-testid="${side}"]`)?.textContent;

const reads = (sent: SentRequest[], path: string) =>
  sent.filter((request) => request.method === 'GET' && request.url.endsWith(path)).length;

describe('candidates in collective order', () => {
  it('shows rank, label with code, probability and each suggestion that backs it', async () => {
    const anonymous = aSuggestion({
      diagnosis: 'Lyme disease',
      author: {
        handle: null,
        displayName: 'Verified physician, Infectious disease',
        anonymous: true,
      },
      confidence: 70,
      rationaleHtml: '<p>Erythema <strong>migrans</strong> after a hike.</p>',
      nextSteps: 'Borrelia serology.',
      references: [
        { kind: 'pmid', value: '27282163' },
        { kind: 'url', value: 'https://www.cdc.gov/lyme/' },
      ],
    });
    const board = aBoard({
      candidates: [
        aCandidate({
          label: 'Lyme disease',
          concept: { id: 'DOID:11729', system: 'DOID', code: '11729' },
          rank: 1,
          probability: 0.62,
          upvotes: 3,
          downvotes: 1,
          suggestions: [anonymous, aSuggestion({ diagnosis: 'Lyme borreliosis' })],
        }),
        aCandidate({ label: 'Sarcoidosis', rank: 2, probability: 0.38 }),
        aCandidate({ label: 'Rosacea', rank: null, probability: 0, pending: true }),
        aCandidate({ label: 'Lupus', rank: null, probability: 0, seededByAuthor: true }),
      ],
    });
    caseApi(() => board);
    const container = await openCase();

    const rows = [...container.querySelectorAll('ol[aria-label="Suggested diagnoses"] > li')].map(
      (item) => ({
        rank: item.querySelector('[data-testid="candidate-rank"]')?.textContent,
        label: item.querySelector('h3')?.textContent,
        probability: item.querySelector('[data-testid="candidate-probability"]')?.textContent,
      }),
    );
    expect(rows).toEqual([
      { rank: '1', label: 'Lyme disease DOID:11729', probability: 'Probability 62%' },
      { rank: '2', label: 'Sarcoidosis', probability: 'Probability 38%' },
      {
        rank: '–',
        label: 'Rosacea',
        probability:
          'Not ranked until a verified member, or one with a confirmed diagnosis to their name, backs it',
      },
      { rank: '–', label: 'Lupus', probability: 'Not ranked yet' },
    ]);
    const lyme = candidateNamed(container, 'Lyme disease');
    expect(count(lyme, 'upvotes')).toBe('3');
    expect(count(lyme, 'downvotes')).toBe('1');
    expect(lyme.textContent).toContain('3 up, 1 down.');
    expect(candidateNamed(container, 'Lupus').textContent).toContain("Put up by the case's author");

    const [first, second] = [...lyme.querySelectorAll<HTMLElement>('[data-testid="suggestion"]')];
    expect(first?.textContent).toContain('by Verified physician, Infectious disease');
    expect(first?.querySelector('a[href^="/members/"]')).toBeNull();
    expect(first?.textContent).toContain('Confidence 70%');
    expect(first?.querySelector('.suggestion-card__rationale strong')?.textContent).toBe('migrans');
    expect(first?.textContent).toContain('Borrelia serology.');
    const links = [...(first?.querySelectorAll('.reference-links a') ?? [])].map((link) =>
      link.getAttribute('href'),
    );
    expect(links).toEqual([
      'https://pubmed.ncbi.nlm.nih.gov/27282163/',
      'https://www.cdc.gov/lyme/',
    ]);
    expect(second?.querySelector('a[href="/members/bo"]')?.textContent).toBe('Bo Solver');
    expect(first?.querySelector('.suggestion-card__wording')).toBeNull();
    expect(second?.querySelector('.suggestion-card__wording')?.textContent).toBe(
      'Suggested as “Lyme borreliosis”',
    );
  });
});

describe('voting on a candidate', () => {
  it('shows the vote at once while it is sent, then reads the board and differential again', async () => {
    let current: Candidate = aCandidate({ label: 'Lupus', upvotes: 2 });
    const pending: { answer?: () => void } = {};
    const sent = caseApi(() => aBoard({ candidates: [current] }), {
      [`PUT /api/cases/${CASE_ID}/candidates/${current.id}/vote`]: () =>
        new Promise<Response>((resolve) => {
          pending.answer = () => {
            current = { ...current, myVote: 1, upvotes: 3 };
            resolve(json(200, current));
          };
        }),
    });
    const container = await openCase();
    const differentialReads = reads(sent, '/collective-differential');
    await click(getButton(container, 'Upvote Lupus'));

    const lupus = candidateNamed(container, 'Lupus');
    expect(getButton(container, 'Upvote Lupus').getAttribute('aria-pressed')).toBe('true');
    expect(count(lupus, 'upvotes')).toBe('3');
    expect(getButton(container, 'Upvote Lupus').disabled).toBe(true);
    expect(lupus.textContent).toContain('Sending your vote…');
    expect(sent.find((request) => request.method === 'PUT')?.body).toEqual({ value: 1 });

    await waitFor(() => {
      if (pending.answer === undefined) throw new Error('vote not sent yet');
    });
    pending.answer?.();
    await waitFor(() => {
      expect(getButton(container, 'Upvote Lupus').disabled).toBe(false);
    });
    expect(container.textContent).toContain('Your vote on Lupus was recorded.');
    await waitFor(() => {
      expect(reads(sent, '/collective-differential')).toBeGreaterThan(differentialReads);
    });
    expect(reads(sent, '/suggestions')).toBe(2);
  });

  it('puts the vote back and says why when the server refuses it', async () => {
    const lupus = aCandidate({ label: 'Lupus', upvotes: 2, myVote: 1 });
    caseApi(() => aBoard({ candidates: [lupus] }), {
      [`PUT /api/cases/${CASE_ID}/candidates/${lupus.id}/vote`]: () =>
        typedProblem(409, '/problems/conflict', 'Voting has closed on this case.'),
    });
    const container = await openCase();
    await click(getButton(container, 'Downvote Lupus'));
    await waitFor(() => {
      expect(container.querySelector('.suggestions [role="alert"]')?.textContent).toBe(
        'Your vote was not recorded. Voting has closed on this case.',
      );
    });
    expect(getButton(container, 'Upvote Lupus').getAttribute('aria-pressed')).toBe('true');
    expect(getButton(container, 'Downvote Lupus').getAttribute('aria-pressed')).toBe('false');
    expect(count(candidateNamed(container, 'Lupus'), 'upvotes')).toBe('2');
  });

  it('withdraws the vote when the pressed button is pressed again', async () => {
    const lupus = aCandidate({ label: 'Lupus', upvotes: 1, myVote: 1 });
    const sent = caseApi(() => aBoard({ candidates: [lupus] }), {
      [`PUT /api/cases/${CASE_ID}/candidates/${lupus.id}/vote`]: () =>
        json(200, { ...lupus, myVote: 0, upvotes: 0 }),
    });
    const container = await openCase();
    await click(getButton(container, 'Upvote Lupus'));
    await waitFor(() => {
      expect(container.textContent).toContain('Your vote on Lupus was withdrawn.');
    });
    expect(sent.find((request) => request.method === 'PUT')?.body).toEqual({ value: 0 });
  });

  it('refuses a vote on a diagnosis the member suggested, and says why', async () => {
    const own = aCandidate({
      label: 'Lupus',
      suggestions: [aSuggestion({ diagnosis: 'Lupus', isOwn: true })],
      abilities: { canVote: false, canMap: false },
    });
    caseApi(() => aBoard({ candidates: [own] }));
    const container = await openCase();
    const upvote = getButton(container, 'Upvote Lupus');
    expect(upvote.disabled).toBe(true);
    expect(getButton(container, 'Downvote Lupus').disabled).toBe(true);
    expect(descriptionOf(upvote)).toBe("You can't vote on a diagnosis you suggested.");
  });
});

describe('mapping a free-text candidate', () => {
  it('lets a moderator code it with a concept from the vocabulary, and only with one', async () => {
    const freeText = aCandidate({
      label: 'tick fever',
      abilities: { canVote: true, canMap: true },
    });
    const sent = caseApi(() => aBoard({ candidates: [freeText] }), {
      'GET /api/vocabulary/diagnoses': () =>
        json(200, {
          items: [
            {
              id: 'DOID:11729',
              system: 'DOID',
              code: '11729',
              label: 'Lyme disease',
              matched: 'tick fever',
              xrefs: [],
            },
          ],
          available: true,
        }),
      [`PUT /api/cases/${CASE_ID}/candidates/${freeText.id}/concept`]: () =>
        json(200, { ...freeText, concept: { id: 'DOID:11729', system: 'DOID', code: '11729' } }),
    });
    const container = await openCase();
    await click(getButton(container, 'Map tick fever to a concept'));
    const form = container.querySelector<HTMLElement>('.map-concept');
    if (!form) throw new Error('no mapping form');
    await click(getButton(form, 'Map it'));
    expect(form.textContent).toContain(
      "Choose a concept from the list: own words can't be mapped.",
    );
    expect(sent.filter((request) => request.method === 'PUT')).toEqual([]);

    const option = await waitFor(() => {
      const found = [...form.querySelectorAll('[role="option"]')].find((element) =>
        element.textContent.includes('DOID:11729'),
      );
      if (!(found instanceof HTMLElement)) throw new Error('no concept offered yet');
      return found;
    });
    await click(option);
    await click(getButton(form, 'Map it'));
    await waitFor(() => {
      expect(sent.filter((request) => request.method === 'PUT').map((r) => r.body)).toEqual([
        { conceptId: 'DOID:11729' },
      ]);
    });
  });

  it('is not offered to members who may not map', async () => {
    caseApi(() => aBoard({ candidates: [aCandidate({ label: 'tick fever' })] }));
    const container = await openCase();
    expect(() => getButton(container, 'Map tick fever to a concept')).toThrow();
  });
});
