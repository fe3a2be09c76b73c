// The collective differential on a case page: a bar for each diagnosis drawn from its
// probability, "why" from its support by tier and first choices, an empty state, and a newer
// differential read every 15 seconds.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act } from 'react';
import type { CollectiveDifferential } from '@consilium/api';
import { json, stubApi } from '../testing/fetchStub';
import type { SentRequest } from '../testing/fetchStub';
import {
  aBoard,
  aCaseDetail,
  aDifferential,
  aDifferentialItem,
  aMember,
  aSession,
  CASE_ID,
} from '../testing/fixtures';
import { renderApp, waitFor } from '../testing/render';
import { DIFFERENTIAL_POLL_MS } from './suggestionQueries';

function caseApi(differential: () => CollectiveDifferential): SentRequest[] {
  return stubApi({
    'GET /api/session': () => json(200, aSession(aMember())),
    [`GET /api/cases/${CASE_ID}`]: () => json(200, aCaseDetail()),
    [`GET /api/cases/${CASE_ID}/suggestions`]: () => json(200, aBoard()),
    [`GET /api/cases/${CASE_ID}/collective-differential`]: () => json(200, differential()),
  });
}

function chart(container: HTMLElement): HTMLElement {
  const found = container.querySelector<HTMLElement>('.collective-differential');
  if (!found) throw new Error('no collective differential');
  return found;
}

async function openCase(ready: (section: HTMLElement) => void): Promise<HTMLElement> {
  const { container } = await renderApp(`/cases/${CASE_ID}`);
  await waitFor(() => {
    ready(chart(container));
  });
  return container;
}

const barsOf = (container: HTMLElement) => [
  ...chart(container).querySelectorAll<HTMLElement>('[data-testid="differential-item"]'),
];

afterEach(() => {
  vi.useRealTimers();
});

describe('the collective differential', () => {
  it('draws a bar for each diagnosis from its probability, and says why it ranks there', async () => {
    caseApi(() =>
      aDifferential({
        contributors: 6,
        items: [
          aDifferentialItem({
            label: 'Lyme disease',
            concept: { id: 'DOID:11729', system: 'DOID', code: '11729' },
            rank: 1,
            probability: 0.62,
            support: { specialist: 2, professional: 1, student: 0, detective: 3 },
            firstChoices: 4,
          }),
          aDifferentialItem({ label: 'Sarcoidosis', rank: 2, probability: 0.38, firstChoices: 1 }),
        ],
      }),
    );
    const container = await openCase((section) => {
      if (section.querySelectorAll('[data-testid="differential-item"]').length === 0)
        throw new Error('no bars yet');
    });
    const [lyme, sarcoidosis] = barsOf(container);
    expect(lyme?.querySelector('.differential-bar__label')?.textContent).toBe(
      'Number 1: Lyme disease DOID:11729',
    );
    expect(lyme?.querySelector('[data-testid="differential-probability"]')?.textContent).toBe(
      '62%',
    );
    expect(lyme?.querySelector('.probability-bar__fill')?.getAttribute('width')).toBe('62');
    expect(sarcoidosis?.querySelector('.probability-bar__fill')?.getAttribute('width')).toBe('38');

    const why = lyme?.querySelector('details');
    expect(why?.querySelector('summary')?.textContent).toBe('Why? Why Lyme disease ranks here');
    expect(
      [...(why?.querySelectorAll('.support-tiers li') ?? [])].map((li) => li.textContent),
    ).toEqual(['2 verified specialists', '1 other professional', '0 students', '3 detectives']);
    expect(why?.querySelector('[data-testid="first-choices"]')?.textContent).toBe(
      '4 members put it first.',
    );
    expect(sarcoidosis?.querySelector('[data-testid="first-choices"]')?.textContent).toBe(
      '1 member put it first.',
    );
    expect(chart(container).textContent).toContain('Aggregated from 6 contributors');
  });

  it('lists diagnoses only untrusted members back apart, without rank or probability', async () => {
    const pending = {
      candidateId: '00000000-0000-4000-8000-0000000000f1',
      label: 'Rosacea',
      concept: null,
      support: { specialist: 0, professional: 0, student: 0, detective: 3 },
      firstChoices: 3,
    };
    caseApi(() =>
      aDifferential({
        contributors: 4,
        items: [aDifferentialItem({ label: 'Lupus', rank: 1, probability: 0.99 })],
        pending: [pending],
      }),
    );
    const container = await openCase((section) => {
      expect(section.querySelector('[data-testid="pending-item"]')).not.toBeNull();
    });
    expect(barsOf(container).map((bar) => bar.textContent)).toEqual([
      expect.stringContaining('Lupus'),
    ]);
    const list = chart(container).querySelector('[data-testid="differential-pending"]');
    expect(list?.querySelector('h3')?.textContent).toBe('Awaiting a trusted backer');
    expect(list?.textContent).toContain('Rosacea');
    // Only the tiers that back it: three detectives, no zero counts.
    expect(
      [...(list?.querySelectorAll('.support-tiers li') ?? [])].map((li) => li.textContent),
    ).toEqual(['3 detectives']);
    expect(list?.textContent).not.toMatch(/%/);
  });

  it('shows no ranking while only untrusted members have backed anything', async () => {
    caseApi(() =>
      aDifferential({
        contributors: 3,
        pending: [
          {
            candidateId: '00000000-0000-4000-8000-0000000000f2',
            label: 'Rosacea',
            concept: null,
            support: { specialist: 0, professional: 0, student: 0, detective: 3 },
            firstChoices: 3,
          },
        ],
      }),
    );
    const container = await openCase((section) => {
      expect(section.querySelector('[data-testid="differential-awaiting"]')).not.toBeNull();
    });
    expect(barsOf(container)).toEqual([]);
    expect(chart(container).textContent).toContain(
      'No verified member, and no member with a confirmed diagnosis to their name, has backed a diagnosis yet',
    );
    expect(chart(container).textContent).toContain('Aggregated from 3 contributors');
  });

  it('says so when nobody has suggested anything yet', async () => {
    caseApi(() => aDifferential({ computedAt: null, items: [] }));
    const container = await openCase((section) => {
      expect(section.textContent).toContain('No suggestions yet.');
    });
    expect(barsOf(container)).toEqual([]);
    expect(chart(container).querySelector('ol')).toBeNull();
  });

  it('reads a newer differential every 15 seconds while the page is open', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true, toFake: ['setInterval', 'clearInterval'] });
    let version = 1;
    const sent = caseApi(() =>
      aDifferential({
        version,
        items: [aDifferentialItem({ label: version === 1 ? 'Lyme disease' : 'Sarcoidosis' })],
      }),
    );
    const container = await openCase((section) => {
      expect(section.textContent).toContain('Lyme disease');
    });
    version = 2;
    await act(async () => {
      await vi.advanceTimersByTimeAsync(DIFFERENTIAL_POLL_MS);
    });
    await waitFor(() => {
      expect(chart(container).textContent).toContain('Sarcoidosis');
    });
    expect(sent.filter((request) => request.url.endsWith('/collective-differential')).length).toBe(
      2,
    );
  });
});
