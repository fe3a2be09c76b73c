// Posting a case: patients are led to the questionnaire; for a case in prose, the shared schema
// checks fields before sending, server field errors land on their fields, and a visitor is sent to
// sign in first.
import { describe, expect, it } from 'vitest';
import { json, problem, stubApi } from '../testing/fetchStub';
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

const signedIn = { 'GET /api/session': () => json(200, aSession(aMember())) };

async function openForm() {
  const page = await renderApp('/cases/new');
  await waitFor(() => getField(page.container, 'Title'));
  return page;
}

function alertText(container: HTMLElement): string {
  return container.querySelector('.form-alert')?.textContent ?? '';
}

describe('posting a case', () => {
  it('leads patients to the guided questionnaire', async () => {
    stubApi(signedIn);
    const { container } = await openForm();
    expect(getLink(container, 'Start the questionnaire').getAttribute('href')).toBe(
      '/cases/new/patient',
    );
  });

  it('shows per-field messages from the shared schema and sends nothing', async () => {
    const sent = stubApi(signedIn);
    const { container } = await openForm();
    await typeInto(getField(container, 'Title'), 'Flu');
    await click(getButton(container, 'Post case'));

    const title = getField(container, 'Title');
    const presentation = getField(container, 'Presentation');
    expect(title.getAttribute('aria-invalid')).toBe('true');
    expect(descriptionOf(title)).toBe('Title must be at least 5 characters.');
    expect(descriptionOf(presentation)).toContain('Presentation is required.');
    expect(alertText(container)).toBe('Please correct the 2 fields marked below.');
    expect(document.activeElement).toBe(title);
    expect(sent.filter((request) => request.method === 'POST')).toEqual([]);
  });

  it('puts the server field errors on their fields and its detail in the alert', async () => {
    stubApi({
      ...signedIn,
      'POST /api/cases': () =>
        problem(422, 'The case could not be posted: 1 field is invalid.', [
          { field: 'body.title', message: 'A case with this title already exists' },
        ]),
    });
    const { container } = await openForm();
    await typeInto(getField(container, 'Title'), 'Recurring fevers');
    await typeInto(getField(container, 'Presentation'), 'Fevers every three weeks since May.');
    await click(getButton(container, 'Post case'));

    await waitFor(() => {
      expect(descriptionOf(getField(container, 'Title'))).toBe(
        'A case with this title already exists',
      );
    });
    expect(getField(container, 'Title').getAttribute('aria-invalid')).toBe('true');
    expect(getField(container, 'Presentation').hasAttribute('aria-invalid')).toBe(false);
    expect(alertText(container)).toBe('The case could not be posted: 1 field is invalid.');
  });

  it('sends the trimmed case and opens its page', async () => {
    const created = aCaseDetail({ title: 'Recurring fevers', isOwn: true });
    const sent = stubApi({
      ...signedIn,
      'POST /api/cases': () => json(201, created),
      ...noSuggestionsYet(created.id),
    });
    const page = await openForm();
    await typeInto(getField(page.container, 'Title'), '  Recurring fevers ');
    await typeInto(getField(page.container, 'Presentation'), 'Fevers every three weeks since May.');
    await click(getButton(page.container, 'Post case'));

    await waitFor(() => {
      expect(page.location()).toBe(`/cases/${created.id}`);
    });
    expect(sent.find((request) => request.method === 'POST')?.body).toEqual({
      title: 'Recurring fevers',
      presentation: 'Fevers every three weeks since May.',
    });
    await waitFor(() => {
      expect(page.container.querySelector('h1')?.textContent).toBe('Recurring fevers');
    });
  });

  it('asks a visitor to sign in, and to come back to the form after', async () => {
    stubApi({ 'GET /api/session': () => json(200, aSession(null)) });
    const { container } = await renderApp('/cases/new');
    const link = await waitFor(() => {
      const found = [...container.querySelectorAll('main a')].find(
        (anchor) => anchor.textContent === 'I have an account',
      );
      if (!found) throw new Error('no sign-in link');
      return found;
    });
    expect(link.getAttribute('href')).toBe('/sign-in?next=%2Fcases%2Fnew');
    expect(container.querySelector('main form')).toBeNull();
  });
});
