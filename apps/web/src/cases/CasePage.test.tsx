// The case page: text shown as text, and missing cases answered with "Case not found".
import { describe, expect, it } from 'vitest';
import { json, problem, stubApi } from '../testing/fetchStub';
import { aCaseDetail, aSession, CASE_ID } from '../testing/fixtures';
import { click, getButton, renderApp, waitFor } from '../testing/render';

const visitor = { 'GET /api/session': () => json(200, aSession(null)) };

describe('the case page', () => {
  it('renders the presentation as text in paragraphs, never as HTML', async () => {
    const presentation = 'Fever <img src=x onerror="alert(1)"> at night.\n\nRash on the arm.';
    stubApi({
      ...visitor,
      [`GET /api/cases/${CASE_ID}`]: () => json(200, aCaseDetail({ presentation })),
      [`GET /api/cases/${CASE_ID}/suggestions`]: () => json(200, { items: [] }),
    });
    const { container } = await renderApp(`/cases/${CASE_ID}`);
    const paragraphs = await waitFor(() => {
      const found = container.querySelectorAll('.case__presentation p');
      if (found.length === 0) throw new Error('presentation not rendered yet');
      return [...found].map((paragraph) => paragraph.textContent);
    });
    expect(paragraphs).toEqual([
      'Fever <img src=x onerror="alert(1)"> at night.',
      'Rash on the arm.',
    ]);
    expect(container.querySelector('img')).toBeNull();
  });

  it('shows "Case not found" when the server answers 404', async () => {
    stubApi({
      ...visitor,
      [`GET /api/cases/${CASE_ID}`]: () => problem(404, 'No case with this id.'),
    });
    const { container } = await renderApp(`/cases/${CASE_ID}`);
    await waitFor(() => {
      expect(container.querySelector('h1')?.textContent).toBe('Case not found');
    });
  });

  it('answers an impossible case id without asking the server', async () => {
    stubApi(visitor);
    const { container } = await renderApp('/cases/not-a-uuid');
    expect(container.querySelector('h1')?.textContent).toBe('Case not found');
  });

  it('explains other failures in words and retries on request', async () => {
    let attempts = 0;
    stubApi({
      ...visitor,
      [`GET /api/cases/${CASE_ID}`]: () => {
        attempts += 1;
        return attempts === 1
          ? problem(503, 'The database is not answering.')
          : json(200, aCaseDetail({ title: 'Recovered case' }));
      },
      [`GET /api/cases/${CASE_ID}/suggestions`]: () => json(200, { items: [] }),
    });
    const { container } = await renderApp(`/cases/${CASE_ID}`);
    await waitFor(() => {
      expect(container.querySelector('[role="alert"]')?.textContent).toContain(
        'The database is not answering.',
      );
    });
    await click(getButton(container, 'Retry'));
    await waitFor(() => {
      expect(container.querySelector('h1')?.textContent).toBe('Recovered case');
    });
  });
});
