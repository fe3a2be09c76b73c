// A case study on its case page: visitors are asked to sign in; a solver ranks a differential
// (rows added, reordered, removed, each required), commits it once, then sees the answer and the
// teaching point beside their list with the matching entry marked; the author and a solver who
// already committed read the answer from the server.
import { describe, expect, it } from 'vitest';
import type { CaseDetail, CommitDifferentialBody, DiagnosisTerm, Solution } from '@consilium/api';
import { json, stubApi } from '../testing/fetchStub';
import type { Responder } from '../testing/fetchStub';
import {
  aCaseDetail,
  aMember,
  aSession,
  CASE_ID,
  caseAbilities,
  noSuggestionsYet,
} from '../testing/fixtures';
import {
  click,
  descriptionOf,
  getButton,
  getField,
  getLink,
  renderApp,
  typeInto,
  waitFor,
} from '../testing/render';

const ANSWER = 'Familial Mediterranean fever';
const TEACHING = 'Recurrent serositis with fevers of 1 to 3 days: think of MEFV before lupus.';
const FMF_TERM: DiagnosisTerm = {
  id: 'ORPHA:342',
  system: 'ORPHA',
  code: '342',
  label: ANSWER,
  matched: 'FMF',
  xrefs: [],
};

function aCaseStudy(overrides: Partial<CaseDetail> = {}): CaseDetail {
  return aCaseDetail({
    kind: 'clinical',
    label: 'case-study',
    title: 'Recurrent pericarditis and fevers',
    caseStudy: { committed: false, commitCount: 4 },
    abilities: caseAbilities({ canSuggest: true, canVote: true, canCommitDifferential: true }),
    ...overrides,
  });
}

function aSolution(overrides: Partial<Solution> = {}): Solution {
  return {
    diagnosis: ANSWER,
    system: null,
    code: null,
    teachingPoint: TEACHING,
    yourDifferential: null,
    yourRank: null,
    committedAt: null,
    commitCount: 4,
    ...overrides,
  };
}

function caseStudyApi(
  detail: CaseDetail,
  member = aMember(),
  more: Record<string, Responder> = {},
) {
  return stubApi({
    'GET /api/session': () => json(200, aSession(member)),
    [`GET /api/cases/${CASE_ID}`]: () => json(200, detail),
    ...noSuggestionsYet(),
    'GET /api/vocabulary/diagnoses': () => json(200, { items: [FMF_TERM], available: true }),
    ...more,
  });
}

async function openCaseStudy() {
  const page = await renderApp(`/cases/${CASE_ID}`);
  await waitFor(() => {
    if (!page.container.querySelector('.case-study')) throw new Error('no case study yet');
  });
  return page;
}

function section(container: HTMLElement): HTMLElement {
  const found = container.querySelector<HTMLElement>('.case-study');
  if (!found) throw new Error('no case study section');
  return found;
}

describe('a case study, before the answer', () => {
  it('asks a visitor to sign in to solve it, and shows no answer', async () => {
    const sent = stubApi({
      'GET /api/session': () => json(200, aSession(null)),
      [`GET /api/cases/${CASE_ID}`]: () =>
        json(200, aCaseStudy({ abilities: caseAbilities({ canCommitDifferential: false }) })),
      ...noSuggestionsYet(),
    });
    const { container } = await openCaseStudy();
    expect(section(container).textContent).toContain('Sign in to solve this case.');
    expect(getLink(section(container), 'I have an account').getAttribute('href')).toContain(
      '/sign-in',
    );
    expect(container.querySelector('.differential-form')).toBeNull();
    expect(sent.some((request) => request.url.endsWith('/solution'))).toBe(false);
  });

  it('warns that a differential is committed once, and names each empty row', async () => {
    const sent = caseStudyApi(aCaseStudy());
    const { container } = await openCaseStudy();
    expect(section(container).textContent).toContain('4 solvers have committed a differential.');
    const commit = getButton(container, 'Commit my differential');
    expect(descriptionOf(commit)).toContain('You can commit your differential only once');
    await typeInto(getField(container, 'Diagnosis 1'), 'Lupus pericarditis');
    await click(getButton(container, 'Add a diagnosis'));
    expect(document.activeElement).toBe(getField(container, 'Diagnosis 2'));
    await click(commit);

    const second = getField(container, 'Diagnosis 2');
    expect(second.getAttribute('aria-invalid')).toBe('true');
    expect(descriptionOf(second)).toBe('Diagnosis 2 is required.');
    expect(document.activeElement).toBe(second);
    expect(sent.filter((request) => request.method === 'POST')).toEqual([]);
  });
});

describe('committing a differential', () => {
  it('sends the ranked list, then shows the answer and teaching point beside it', async () => {
    const sent = caseStudyApi(aCaseStudy(), aMember(), {
      [`POST /api/cases/${CASE_ID}/differential`]: (request) =>
        json(
          201,
          aSolution({
            yourDifferential: (request.body as CommitDifferentialBody).diagnoses,
            yourRank: 1,
            committedAt: '2026-03-02T10:00:00.000Z',
            commitCount: 5,
          }),
        ),
    });
    const { container } = await openCaseStudy();
    await typeInto(getField(container, 'Diagnosis 1'), 'Lupus pericarditis');
    await click(getButton(container, 'Add a diagnosis'));
    await typeInto(getField(container, 'Diagnosis 2'), 'familial mediterranean  fever');
    await click(getButton(container, 'Add a diagnosis'));
    await typeInto(getField(container, 'Diagnosis 3'), 'Adult-onset Still disease');
    await click(getButton(container, 'Move Diagnosis 2 up'));
    expect(getField(container, 'Diagnosis 1').value).toBe('familial mediterranean  fever');
    await click(getButton(container, 'Remove Diagnosis 3'));
    expect(document.activeElement).toBe(getButton(container, 'Add a diagnosis'));
    await click(getButton(container, 'Commit my differential'));

    await waitFor(() => {
      expect(section(container).querySelector('.case-study__diagnosis')?.textContent).toBe(ANSWER);
    });
    expect(sent.find((request) => request.method === 'POST')?.body).toEqual({
      diagnoses: [
        { label: 'familial mediterranean  fever', conceptId: null },
        { label: 'Lupus pericarditis', conceptId: null },
      ],
    });
    const reveal = section(container);
    expect(reveal.textContent).toContain(TEACHING);
    expect(reveal.textContent).toContain('Your differential was committed.');
    expect(reveal.textContent).toContain('5 solvers have committed a differential.');
    const items = [...reveal.querySelectorAll('.case-study__yours li')];
    expect(items.map((item) => item.className)).toEqual(['case-study__item--match', '']);
    expect(items[0]?.textContent).toContain('Matches the confirmed diagnosis');
    expect(reveal.querySelector('[data-testid="your-rank"]')?.textContent).toBe(
      'The confirmed diagnosis was #1 of 2 in your differential.',
    );
    expect(container.querySelector('.differential-form')).toBeNull();
    expect(document.activeElement?.textContent).toBe('The confirmed diagnosis');
    // The answer came with the commit: it is not asked for again.
    expect(sent.some((request) => request.url.endsWith('/solution'))).toBe(false);
  });
  it('sends the concept chosen from the vocabulary for an entry', async () => {
    const sent = caseStudyApi(aCaseStudy(), aMember(), {
      [`POST /api/cases/${CASE_ID}/differential`]: (request) =>
        json(
          201,
          aSolution({
            yourDifferential: (request.body as CommitDifferentialBody).diagnoses,
            yourRank: 1,
            committedAt: '2026-03-02T10:00:00.000Z',
          }),
        ),
    });
    const { container } = await openCaseStudy();
    await typeInto(getField(container, 'Diagnosis 1'), 'FMF');
    const option = await waitFor(() => {
      const found = [...container.querySelectorAll('[role="option"]')].find((element) =>
        element.textContent.includes('ORPHA:342'),
      );
      if (!(found instanceof HTMLElement)) throw new Error('no concept offered yet');
      return found;
    });
    await click(option);
    expect(getField(container, 'Diagnosis 1').value).toBe(ANSWER);
    await click(getButton(container, 'Commit my differential'));
    await waitFor(() => {
      expect(sent.find((request) => request.method === 'POST')?.body).toEqual({
        diagnoses: [{ label: ANSWER, conceptId: 'ORPHA:342' }],
      });
    });
    await waitFor(() => {
      expect(section(container).textContent).toContain('ORPHA:342');
    });
  });
});

describe('the answer, for those who may see it', () => {
  it('is shown to its author, without a differential of their own', async () => {
    caseStudyApi(
      aCaseStudy({ isOwn: true, abilities: caseAbilities({ canCommitDifferential: false }) }),
      aMember(),
      { [`GET /api/cases/${CASE_ID}/solution`]: () => json(200, aSolution()) },
    );
    const { container } = await openCaseStudy();
    await waitFor(() => {
      expect(section(container).textContent).toContain(ANSWER);
    });
    expect(section(container).textContent).toContain(
      'Solvers see it only after they commit their differential.',
    );
    expect(section(container).querySelector('.case-study__yours')).toBeNull();
  });

  it('is read again by a solver who committed earlier, with the code of the diagnosis', async () => {
    caseStudyApi(
      aCaseStudy({
        caseStudy: { committed: true, commitCount: 7 },
        abilities: caseAbilities({ canCommitDifferential: false }),
      }),
      aMember(),
      {
        [`GET /api/cases/${CASE_ID}/solution`]: () =>
          json(
            200,
            aSolution({
              system: 'ORPHA',
              code: '342',
              yourDifferential: [{ label: 'Pericarditis', conceptId: null }],
              commitCount: 7,
            }),
          ),
      },
    );
    const { container } = await openCaseStudy();
    await waitFor(() => {
      expect(section(container).textContent).toContain('ORPHA 342');
    });
    expect(container.querySelector('.differential-form')).toBeNull();
    expect(section(container).querySelector('.case-study__item--match')).toBeNull();
    expect(section(container).textContent).toContain('Pericarditis');
    expect(section(container).textContent).toContain(
      'The confirmed diagnosis was not in your differential.',
    );
  });
});
