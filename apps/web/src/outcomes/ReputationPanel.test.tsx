// A member's track record on their profile: by specialty, accuracy as a percent with its range,
// hits and misses, and influence; or that nothing has been scored yet.
import { describe, expect, it } from 'vitest';
import type { Reputation } from '@consilium/api';
import { json, stubApi } from '../testing/fetchStub';
import { aPublicProfile, aReputation, aSession } from '../testing/fixtures';
import { renderApp, waitFor } from '../testing/render';

async function openProfile(reputation: Reputation): Promise<HTMLElement> {
  stubApi({
    'GET /api/session': () => json(200, aSession(null)),
    'GET /api/members/dr_elena_v': () => json(200, aPublicProfile()),
    'GET /api/members/dr_elena_v/reputation': () => json(200, reputation),
  });
  const { container } = await renderApp('/members/dr_elena_v');
  await waitFor(() => {
    const panel = container.querySelector('.reputation');
    if (!panel || panel.querySelector('.loading-status')) throw new Error('not yet');
  });
  return container;
}

describe("a member's track record", () => {
  it('shows accuracy with its range, hits and misses, and influence for each specialty', async () => {
    const container = await openProfile(
      aReputation({
        scoredCases: 9,
        items: [
          {
            specialty: 'cardiology',
            hits: 5,
            misses: 2,
            accuracy: 0.72,
            low: 0.55,
            high: 0.85,
            weight: 0.4,
          },
          {
            specialty: 'general',
            hits: 1,
            misses: 1,
            accuracy: 0.5,
            low: 0.3,
            high: 0.7,
            weight: 0.25,
          },
        ],
      }),
    );
    const rows = [...container.querySelectorAll('[data-testid="reputation-item"]')].map((row) =>
      [...row.children].map((cell) => cell.textContent.replace(/\s+/g, ' ').trim()),
    );
    expect(rows).toEqual([
      ['Cardiology', '72% (likely between 55% and 85%)', '5 hits, 2 misses', '40%'],
      ['General', '50% (likely between 30% and 70%)', '1 hit, 1 miss', '25%'],
    ]);
    const headers = [...container.querySelectorAll('.reputation thead th')].map(
      (header) => header.textContent,
    );
    expect(headers).toEqual(['Specialty', 'Accuracy', 'Hits and misses', 'Influence']);
    expect(container.querySelector('.reputation')?.textContent).toContain(
      'Learned from 9 cases whose diagnosis was confirmed.',
    );
  });

  it('says so when no confirmed diagnosis has been scored yet', async () => {
    const container = await openProfile(aReputation());
    expect(container.querySelector('.reputation .empty-state')?.textContent).toBe(
      'No confirmed diagnoses scored yet.',
    );
    expect(container.querySelector('.reputation table')).toBeNull();
  });
});
