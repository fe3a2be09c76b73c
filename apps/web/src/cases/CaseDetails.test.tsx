// What a case page says about the case: a clinical case's question, specialties and audience; an
// anonymous author by pseudonym only; and an edited case's history of versions.
import { describe, expect, it } from 'vitest';
import { json, stubApi } from '../testing/fetchStub';
import {
  aCaseDetail,
  aCaseSummary,
  aSession,
  CASE_ID,
  noSuggestionsYet,
} from '../testing/fixtures';
import { click, getByText, getLink, renderApp, waitFor } from '../testing/render';

const visitor = { 'GET /api/session': () => json(200, aSession(null)) };
const noSuggestions = noSuggestionsYet();

const clinical = aCaseDetail({
  kind: 'clinical',
  title: 'Culture-negative endocarditis?',
  question: 'What should be ruled out before valve surgery?',
  specialties: [
    { code: 'cardiology', name: 'Cardiology' },
    { code: 'infectious-disease', name: 'Infectious disease' },
  ],
  audience: 'professionals',
  author: { handle: null, displayName: 'Verified physician · Cardiology', anonymous: true },
});

async function openCase() {
  const page = await renderApp(`/cases/${CASE_ID}`);
  await waitFor(() => page.container.querySelector('.case__meta') ?? fail());
  return page;
}

function fail(): never {
  throw new Error('not rendered yet');
}

describe('a clinical case', () => {
  it('shows its question, specialty tags and audience', async () => {
    stubApi({
      ...visitor,
      ...noSuggestions,
      [`GET /api/cases/${CASE_ID}`]: () => json(200, clinical),
    });
    const { container } = await openCase();
    expect(container.querySelector('.case__question')?.textContent).toBe(
      'Clinical questionWhat should be ruled out before valve surgery?',
    );
    const tags = [...container.querySelectorAll('.tag')].map((tag) => tag.textContent);
    expect(tags).toEqual(['Cardiology', 'Infectious disease']);
    expect(container.querySelector('.case__kind')?.textContent).toBe(
      'UnsolvedClinical caseVerified professionals only',
    );
  });

  it('shows an anonymous author by pseudonym, marked Anonymous, with no link to a profile', async () => {
    stubApi({
      ...visitor,
      ...noSuggestions,
      [`GET /api/cases/${CASE_ID}`]: () => json(200, clinical),
    });
    const { container } = await openCase();
    const meta = container.querySelector('.case__meta');
    expect(meta?.textContent).toContain('by Verified physician · Cardiology');
    expect(meta?.textContent).toContain('Anonymous');
    expect(meta?.querySelector('a[href^="/members/"]')).toBeNull();
  });
});

describe('an edited case', () => {
  it('says which version it is and lists the versions with their notes', async () => {
    stubApi({
      ...visitor,
      ...noSuggestions,
      [`GET /api/cases/${CASE_ID}`]: () => json(200, aCaseDetail({ revision: 3 })),
      [`GET /api/cases/${CASE_ID}/revisions`]: () =>
        json(200, {
          items: [
            {
              revision: 3,
              title: 'Fevers and rash',
              presentation: 'Third text, long enough.',
              questionnaire: null,
              note: 'Added the MRI result',
              createdAt: '2025-03-05T10:00:00.000Z',
            },
            {
              revision: 2,
              title: 'Fevers and rash',
              presentation: 'Second text, long enough.',
              questionnaire: null,
              note: null,
              createdAt: '2025-03-03T10:00:00.000Z',
            },
            {
              revision: 1,
              title: 'Fevers',
              presentation: 'First text, long enough to read.',
              questionnaire: null,
              note: null,
              createdAt: '2025-03-01T10:00:00.000Z',
            },
          ],
        }),
    });
    const { container } = await openCase();
    expect(container.querySelector('.case__meta')?.textContent).toContain('Edited — version 3');
    expect(getLink(container, 'History').getAttribute('href')).toBe('#case-history');
    await waitFor(() => {
      expect(container.querySelectorAll('.revision')).toHaveLength(3);
    });
    const headings = [...container.querySelectorAll('.revision h3')].map((h) => h.textContent);
    expect(headings).toEqual(['Version 3', 'Version 2', 'Version 1']);
    const notes = [...container.querySelectorAll('.revision__note')].map((p) => p.textContent);
    expect(notes).toEqual([
      'What changed: Added the MRI result',
      'No note on what changed.',
      'No note on what changed.',
    ]);
    await click(getByText(container, 'Show version 1 as it was') as HTMLElement);
    expect(container.querySelectorAll('.revision')[2]?.textContent).toContain(
      'First text, long enough to read.',
    );
  });
});

describe('the feed', () => {
  it('names the kind, the professionals-only audience and an anonymous author by pseudonym', async () => {
    const summary = aCaseSummary({
      kind: 'clinical',
      audience: 'professionals',
      author: { handle: null, displayName: 'Verified physician · Cardiology', anonymous: true },
    });
    stubApi({
      ...visitor,
      'GET /api/cases': () => json(200, { items: [summary], nextCursor: null }),
    });
    const { container } = await renderApp('/');
    const card = await waitFor(() => container.querySelector('.case-card') ?? fail());
    expect(card.querySelector('.case__kind')?.textContent).toBe(
      'UnsolvedClinical caseVerified professionals only',
    );
    expect(card.textContent).toContain('by Verified physician · Cardiology');
    expect(card.textContent).toContain('Anonymous');
  });
});
