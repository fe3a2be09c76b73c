// Posting a clinical case: offered to verified professionals only, checked with the shared schema
// before sending, the server's two-factor refusal shown with the way to Settings, and the chosen
// specialties, audience and anonymity sent as the contract says, and a solved case's diagnosis
// sent as its hidden solution.
import { describe, expect, it } from 'vitest';
import { json, stubApi, typedProblem } from '../testing/fetchStub';
import { aCaseDetail, aMember, aSession, noSuggestionsYet } from '../testing/fixtures';
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

const professional = aMember({ roles: ['professional'], twoFactorEnabled: true });
const asProfessional = { 'GET /api/session': () => json(200, aSession(professional)) };

const PRESENTATION =
  'A 52-year-old man with three weeks of fever, weight loss and a new murmur; blood cultures negative twice.';

async function openForm() {
  const page = await renderApp('/cases/new/clinical');
  await waitFor(() => getField(page.container, 'Your question'));
  return page;
}

async function fillIn(container: HTMLElement, question: string) {
  await typeInto(getField(container, 'Title'), 'Culture-negative endocarditis?');
  await typeInto(getField(container, 'Presentation'), PRESENTATION);
  await typeInto(getField(container, 'Your question'), question);
}

describe('the choice of case to post', () => {
  it('offers a verified professional "Post a clinical case"', async () => {
    stubApi(asProfessional);
    const { container } = await renderApp('/cases/new');
    const link = await waitFor(() => getLink(container, 'Post a clinical case'));
    expect(link.getAttribute('href')).toBe('/cases/new/clinical');
  });

  it('tells any other member why not, and where to get verified', async () => {
    stubApi({ 'GET /api/session': () => json(200, aSession(aMember())) });
    const { container } = await renderApp('/cases/new');
    const link = await waitFor(() => getLink(container, 'Get verified'));
    expect(link.getAttribute('href')).toBe('/verification');
    expect(container.textContent).toContain('Clinical cases are posted by verified health');
    expect(() => getLink(container, 'Post a clinical case')).toThrow();
  });
});

describe('the clinical case form', () => {
  it('asks for a specialty and a longer question, and sends nothing', async () => {
    const sent = stubApi(asProfessional);
    const { container } = await openForm();
    await fillIn(container, 'Why?');
    await click(getButton(container, 'Post clinical case'));

    expect(descriptionOf(getField(container, 'Your question'))).toContain(
      'Your question must be at least 10 characters.',
    );
    expect(container.querySelector('.specialty-picker .field__error')?.textContent).toBe(
      'Specialties: choose at least one.',
    );
    expect(container.querySelector('.form-alert')?.textContent).toBe(
      'Please correct the 2 fields marked below.',
    );
    expect(sent.filter((request) => request.method === 'POST')).toEqual([]);
  });

  it('shows the two-factor refusal in words with a link to Settings', async () => {
    const detail = 'Turn on two-factor sign-in in Settings to use your professional privileges.';
    stubApi({
      ...asProfessional,
      'POST /api/cases/clinical': () => typedProblem(403, '/problems/forbidden', detail),
    });
    const { container } = await openForm();
    await fillIn(container, 'What should be ruled out first?');
    await click(getField(container, 'Cardiology'));
    await click(getButton(container, 'Post clinical case'));

    await waitFor(() => {
      expect(container.querySelector('.form-alert')?.textContent).toBe(detail);
    });
    expect(getLink(container, 'Open Settings').getAttribute('href')).toBe('/settings');
  });

  it('sends the specialties, audience, anonymity and window, then opens the case', async () => {
    const created = aCaseDetail({ kind: 'clinical', isOwn: true, title: 'Culture-negative' });
    const sent = stubApi({
      ...asProfessional,
      'POST /api/cases/clinical': () => json(201, created),
      ...noSuggestionsYet(created.id),
    });
    const page = await openForm();
    await fillIn(page.container, 'What should be ruled out first?');
    await click(getField(page.container, 'Cardiology'));
    await click(getField(page.container, 'Infectious disease'));
    await click(getField(page.container, 'Verified professionals only'));
    await click(getField(page.container, 'Post anonymously'));
    await typeInto(getField(page.container, 'Submission window in days'), '14');
    await click(getButton(page.container, 'Post clinical case'));

    await waitFor(() => {
      expect(page.location()).toBe(`/cases/${created.id}`);
    });
    expect(sent.find((request) => request.method === 'POST')?.body).toEqual({
      title: 'Culture-negative endocarditis?',
      presentation: PRESENTATION,
      question: 'What should be ruled out first?',
      specialties: ['cardiology', 'infectious-disease'],
      audience: 'professionals',
      anonymous: true,
      submissionWindowDays: 14,
    });
  });

  it('shares a solved case: the confirmed diagnosis and teaching point go as its solution', async () => {
    const created = aCaseDetail({ kind: 'clinical', isOwn: true });
    const sent = stubApi({
      ...asProfessional,
      'POST /api/cases/clinical': () => json(201, created),
      ...noSuggestionsYet(created.id),
    });
    const page = await openForm();
    const { container } = page;
    await fillIn(container, 'What is the most likely diagnosis?');
    await click(getField(container, 'Cardiology'));
    const solved = getField(container, 'This is a solved case: I know the confirmed diagnosis');
    expect(descriptionOf(solved)).toContain('stays hidden from every reader until they commit');
    await click(solved);
    await typeInto(getField(container, 'Confirmed diagnosis'), 'Q fever endocarditis');
    await click(getButton(container, 'Post clinical case'));

    await waitFor(() => {
      expect(page.location()).toBe(`/cases/${created.id}`);
    });
    expect(sent.find((request) => request.method === 'POST')?.body).toMatchObject({
      specialties: ['cardiology'],
      solution: { diagnosis: 'Q fever endocarditis' },
    });
  });

  it('says what is wrong with a one-letter diagnosis, on its field', async () => {
    const sent = stubApi(asProfessional);
    const { container } = await openForm();
    await fillIn(container, 'What is the most likely diagnosis?');
    await click(getField(container, 'Cardiology'));
    await click(getField(container, 'This is a solved case: I know the confirmed diagnosis'));
    await typeInto(getField(container, 'Confirmed diagnosis'), 'Q');
    await click(getButton(container, 'Post clinical case'));

    expect(descriptionOf(getField(container, 'Confirmed diagnosis'))).toContain(
      'Confirmed diagnosis must be at least 2 characters.',
    );
    expect(sent.filter((request) => request.method === 'POST')).toEqual([]);
  });
});
