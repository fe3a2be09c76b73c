// Posting an image case: offered to verified professionals only, checked with the shared schema
// before sending (caption, specialties, a solved case's diagnosis), honest that images cannot be
// uploaded yet, and sending caption, question, specialties, audience, anonymity and solution.
import { describe, expect, it } from 'vitest';
import { json, stubApi, typedProblem } from '../testing/fetchStub';
import type { SentRequest } from '../testing/fetchStub';
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
const CAPTION =
  'Annular plaques with a raised scaly edge on the trunk of a 30-year-old gardener, two months.';

async function openForm() {
  const page = await renderApp('/cases/new/image');
  await waitFor(() => getField(page.container, 'Caption'));
  return page;
}

function posts(sent: SentRequest[]): SentRequest[] {
  return sent.filter((request) => request.method === 'POST');
}

describe('the choice of case to post', () => {
  it('offers a verified professional "Post an image case"', async () => {
    stubApi(asProfessional);
    const { container } = await renderApp('/cases/new');
    const link = await waitFor(() => getLink(container, 'Post an image case'));
    expect(link.getAttribute('href')).toBe('/cases/new/image');
  });

  it('tells any other member that image cases are for verified professionals', async () => {
    stubApi({ 'GET /api/session': () => json(200, aSession(aMember())) });
    const { container } = await renderApp('/cases/new/image');
    const link = await waitFor(() => getLink(container, 'Get verified'));
    expect(link.getAttribute('href')).toBe('/verification');
    expect(() => getField(container, 'Caption')).toThrow();
  });
});

describe('the image post form', () => {
  it('says images arrive with media support, and offers no upload that would do nothing', async () => {
    stubApi(asProfessional);
    const { container } = await openForm();
    const images = container.querySelector<HTMLFieldSetElement>('.image-post__images');
    expect(images?.textContent).toContain('Image upload arrives with media support');
    expect(images?.disabled).toBe(true);
    expect(container.querySelector<HTMLInputElement>('input[type="file"]')?.disabled).toBe(true);
  });

  it('asks for a longer caption and a specialty, and sends nothing', async () => {
    const sent = stubApi(asProfessional);
    const { container } = await openForm();
    await typeInto(getField(container, 'Caption'), 'A rash');
    await click(getButton(container, 'Post image case'));

    expect(descriptionOf(getField(container, 'Caption'))).toContain(
      'Caption must be at least 10 characters.',
    );
    expect(container.querySelector('.specialty-picker .field__error')?.textContent).toBe(
      'Specialties: choose at least one.',
    );
    expect(container.querySelector('.form-alert')?.textContent).toBe(
      'Please correct the 2 fields marked below.',
    );
    expect(posts(sent)).toEqual([]);
  });

  it('asks for the confirmed diagnosis once "solved case" is ticked', async () => {
    const sent = stubApi(asProfessional);
    const { container } = await openForm();
    await typeInto(getField(container, 'Caption'), CAPTION);
    await click(getField(container, 'Dermatology'));
    expect(() => getField(container, 'Confirmed diagnosis')).toThrow();
    await click(getField(container, 'This is a solved case: I know the confirmed diagnosis'));
    await click(getButton(container, 'Post image case'));

    const diagnosis = getField(container, 'Confirmed diagnosis');
    expect(diagnosis.getAttribute('aria-invalid')).toBe('true');
    expect(descriptionOf(diagnosis)).toContain('Confirmed diagnosis is required.');
    expect(document.activeElement).toBe(diagnosis);
    expect(posts(sent)).toEqual([]);
  });

  it('shows the two-factor refusal in words with a link to Settings', async () => {
    const detail = 'Turn on two-factor sign-in in Settings to use your professional privileges.';
    stubApi({
      ...asProfessional,
      'POST /api/cases/image': () => typedProblem(403, '/problems/forbidden', detail),
    });
    const { container } = await openForm();
    await typeInto(getField(container, 'Caption'), CAPTION);
    await click(getField(container, 'Dermatology'));
    await click(getButton(container, 'Post image case'));

    await waitFor(() => {
      expect(container.querySelector('.form-alert')?.textContent).toBe(detail);
    });
    expect(getLink(container, 'Open Settings').getAttribute('href')).toBe('/settings');
  });

  it('sends caption, question, specialties, audience, anonymity and the solution, then opens the post', async () => {
    const created = aCaseDetail({ kind: 'image', isOwn: true, title: 'Annular plaques' });
    const sent = stubApi({
      ...asProfessional,
      'POST /api/cases/image': () => json(201, created),
      ...noSuggestionsYet(created.id),
    });
    const page = await openForm();
    const { container } = page;
    expect(getField(container, 'Verified professionals only').checked).toBe(true);
    await typeInto(getField(container, 'Caption'), CAPTION);
    await typeInto(getField(container, 'Your question (optional)'), 'What is your diagnosis?');
    await click(getField(container, 'Dermatology'));
    await click(getField(container, 'Infectious disease'));
    await click(getField(container, 'Everyone'));
    await click(getField(container, 'Post anonymously'));
    expect(descriptionOf(getField(container, 'Post anonymously'))).toContain(
      'Others will see only your verified tier',
    );
    await click(getField(container, 'This is a solved case: I know the confirmed diagnosis'));
    await typeInto(getField(container, 'Confirmed diagnosis'), 'Tinea corporis');
    await typeInto(
      getField(container, 'Teaching point (optional)'),
      'Scale at the advancing edge: scrape it for microscopy before any steroid cream.',
    );
    await click(getButton(container, 'Post image case'));

    await waitFor(() => {
      expect(page.location()).toBe(`/cases/${created.id}`);
    });
    expect(posts(sent)[0]?.body).toEqual({
      caption: CAPTION,
      question: 'What is your diagnosis?',
      specialties: ['dermatology', 'infectious-disease'],
      audience: 'everyone',
      anonymous: true,
      solution: {
        diagnosis: 'Tinea corporis',
        teachingPoint:
          'Scale at the advancing edge: scrape it for microscopy before any steroid cream.',
      },
    });
  });

  it('leaves out a blank question and sends no solution unless asked', async () => {
    const created = aCaseDetail({ kind: 'image', isOwn: true });
    const sent = stubApi({
      ...asProfessional,
      'POST /api/cases/image': () => json(201, created),
      ...noSuggestionsYet(created.id),
    });
    const page = await openForm();
    await typeInto(getField(page.container, 'Caption'), CAPTION);
    await click(getField(page.container, 'Dermatology'));
    await click(getButton(page.container, 'Post image case'));

    await waitFor(() => {
      expect(page.location()).toBe(`/cases/${created.id}`);
    });
    expect(posts(sent)[0]?.body).toEqual({
      caption: CAPTION,
      specialties: ['dermatology'],
      audience: 'professionals',
      anonymous: false,
    });
  });
});
