// The report page: the ranked differential with the crowd's reasons, reward and outcome as the
// server gives them; a Print button and, once final, the FHIR download; a preview says it is one.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CaseReport } from '@consilium/api';
import { json, problem, stubApi } from '../testing/fetchStub';
import { aMember, anOutcome, aReport, aReportItem, aSession, CASE_ID } from '../testing/fixtures';
import { click, getButton, getLink, renderApp, waitFor } from '../testing/render';

const reportPath = `/cases/${CASE_ID}/report`;

function reportApi(report: () => Response) {
  return stubApi({
    'GET /api/session': () => json(200, aSession(aMember())),
    [`GET /api/cases/${CASE_ID}/report`]: report,
  });
}

async function openReport(): Promise<HTMLElement> {
  const { container } = await renderApp(reportPath);
  await waitFor(() => {
    if (container.querySelector('.loading-status')) throw new Error('still loading');
  });
  return container;
}

const finalReport: CaseReport = aReport({
  title: 'Recurring fevers and a migrating rash',
  specialty: 'rheumatology',
  contributors: 7,
  reward: { pledged: 300, paidOut: 300 },
  outcome: anOutcome({ diagnosis: 'Lyme disease', collectiveRank: 1, candidates: 4 }),
  items: [
    aReportItem({
      rank: 1,
      label: 'Lyme disease',
      concept: { id: 'DOID:11729', system: 'DOID', code: '11729' },
      probability: 0.55,
      support: { specialist: 2, professional: 1, student: 0, detective: 4 },
      firstChoices: 3,
      rationaleExcerpts: ['Erythema migrans after a hike in an endemic area.'],
      references: [{ kind: 'pmid', value: '27282163' }],
      nextSteps: ['Two-tier Borrelia serology'],
      helpful: 2,
    }),
    aReportItem({ rank: 2, label: 'Sarcoidosis', probability: 0.25 }),
  ],
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the report page', () => {
  it('shows the ranked differential with its reasons, the reward and the outcome', async () => {
    reportApi(() => json(200, finalReport));
    const container = await openReport();
    expect(container.querySelector('h1')?.textContent).toBe(
      'Recurring fevers and a migrating rash',
    );
    expect(container.querySelector('[data-testid="report-state"]')?.textContent).toBe('Final');
    expect(document.title).toBe('Report: Recurring fevers and a migrating rash — Consilium');

    const [lyme, sarcoidosis] = [...container.querySelectorAll('[data-testid="report-item"]')];
    expect(lyme?.querySelector('h3')?.textContent).toBe('#1 Lyme disease DOID:11729');
    expect(lyme?.textContent).toContain('Probability 55%');
    expect(lyme?.textContent).toContain('2 verified specialists');
    expect(lyme?.textContent).toContain('4 detectives');
    expect(lyme?.textContent).toContain('3 members put it first.');
    expect(lyme?.querySelector('blockquote')?.textContent).toBe(
      'Erythema migrans after a hike in an endemic area.',
    );
    expect(lyme?.textContent).toContain('Two-tier Borrelia serology');
    expect(getLink(lyme as HTMLElement, 'PubMed 27282163').href).toBe(
      'https://pubmed.ncbi.nlm.nih.gov/27282163/',
    );
    expect(lyme?.querySelector('[data-testid="report-helpful"]')?.textContent).toBe(
      '2 suggestions rated helpful',
    );
    expect(sarcoidosis?.querySelector('h3')?.textContent).toBe('#2 Sarcoidosis');

    expect(container.querySelector('[data-testid="report-reward"]')?.textContent).toBe(
      '300 points pledged; 300 paid out to the contributors.',
    );
    expect(container.querySelector('[data-testid="outcome-rank"]')?.textContent).toBe(
      'The confirmed diagnosis was #1 of 4 in the collective differential.',
    );
  });

  it('prints with the Print button and offers the FHIR download', async () => {
    reportApi(() => json(200, finalReport));
    const print = vi.fn();
    vi.stubGlobal('print', print);
    const container = await openReport();
    await click(getButton(container, 'Print'));
    expect(print).toHaveBeenCalledTimes(1);
    const fhir = getLink(container, 'Download FHIR (R4)');
    expect(fhir.getAttribute('href')).toBe(`/api/cases/${CASE_ID}/report/fhir`);
    expect(fhir.getAttribute('download')).toBe(`consilium-report-${CASE_ID}.fhir.json`);
  });

  it('marks a preview as one, with no FHIR download and the reward still to pay', async () => {
    reportApi(() =>
      json(
        200,
        aReport({
          state: 'preview',
          closedAt: null,
          reward: { pledged: 200, paidOut: 0 },
          abilities: { canRecordOutcome: false, canRate: true },
        }),
      ),
    );
    const container = await openReport();
    expect(container.querySelector('[data-testid="report-state"]')?.textContent).toBe('Preview');
    expect(container.textContent).toContain('This is a preview');
    expect(() => getLink(container, 'Download FHIR (R4)')).toThrow();
    expect(container.textContent).toContain(
      'The FHIR download is available once the case is closed for good.',
    );
    expect(container.querySelector('[data-testid="report-reward"]')?.textContent).toBe(
      '200 points pledged, paid out when the case is closed for good.',
    );
    expect(container.querySelector('.outcome-section')).toBeNull();
    expect(container.textContent).toContain('Nobody suggested a diagnosis.');
  });

  it('answers "not found" for a case the reader may not see', async () => {
    reportApi(() => problem(404, 'There is no such case.'));
    const container = await openReport();
    expect(container.querySelector('h1')?.textContent).toBe('Case not found');
  });
});
