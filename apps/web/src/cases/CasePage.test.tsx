// The case page: text shown as text, a patient's questionnaire readable in the reader's language,
// a draft offered back to its author, and missing cases answered with "Case not found".
import { describe, expect, it } from 'vitest';
import { json, problem, stubApi } from '../testing/fetchStub';
import { i18n } from '../i18n/i18n';
import {
  aCaseDetail,
  aDraft,
  aMember,
  aQuestionnaire,
  aSession,
  CASE_ID,
  noSuggestionsYet,
} from '../testing/fixtures';
import { click, getButton, getLink, renderApp, waitFor } from '../testing/render';

const visitor = { 'GET /api/session': () => json(200, aSession(null)) };

describe('the case page', () => {
  it('renders the presentation as text in paragraphs, never as HTML', async () => {
    const presentation = 'Fever <img src=x onerror="alert(1)"> at night.\n\nRash on the arm.';
    stubApi({
      ...visitor,
      [`GET /api/cases/${CASE_ID}`]: () => json(200, aCaseDetail({ presentation })),
      ...noSuggestionsYet(),
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
      ...noSuggestionsYet(),
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

describe('a patient case', () => {
  it('renders the questionnaire in sections, symptoms with their severity, dates in the interface language', async () => {
    await i18n.changeLanguage('es');
    stubApi({
      ...visitor,
      [`GET /api/cases/${CASE_ID}`]: () =>
        json(
          200,
          aCaseDetail({ questionnaire: aQuestionnaire(), closesAt: '2099-04-30T10:00:00Z' }),
        ),
      ...noSuggestionsYet(),
    });
    const { container } = await renderApp(`/cases/${CASE_ID}`);
    await waitFor(() => {
      expect(container.querySelector('.questionnaire')).not.toBeNull();
    });
    const headings = [...container.querySelectorAll('.questionnaire h2')].map(
      (heading) => heading.textContent,
    );
    expect(headings).toEqual([
      'Sobre el paciente',
      'Síntomas',
      'Pruebas',
      'Diagnósticos hasta ahora',
      'Atención recibida',
      'Tu pregunta',
    ]);
    const symptoms = [...container.querySelectorAll('.questionnaire ol > li')];
    expect(
      symptoms.map((item) => item.querySelector('.questionnaire__item-title')?.textContent),
    ).toEqual(['Evening fever Intensidad 7 de 10', 'Aching knees Intensidad 4 de 10']);
    expect(symptoms[0]?.textContent).toContain('14 de septiembre de 2025');
    expect(symptoms[1]?.textContent).toContain('hace 3 meses');
    expect(container.querySelector('.case__meta')?.textContent).toContain(
      'Abierto hasta el 30 de abril de 2099',
    );
    expect(container.textContent).toContain('Rheumatology');
    expect(container.textContent).toContain('Descartado');
  });

  it("offers its author 'Continue editing' on a draft, and no suggestions yet", async () => {
    stubApi({
      'GET /api/session': () => json(200, aSession(aMember())),
      [`GET /api/cases/${CASE_ID}`]: () => json(200, aDraft({ questionnaire: { version: 1 } })),
    });
    const { container } = await renderApp(`/cases/${CASE_ID}`);
    const link = await waitFor(() => getLink(container, 'Continue editing'));
    expect(link.getAttribute('href')).toBe(`/cases/${CASE_ID}/edit`);
    expect(container.querySelector('.badge')?.textContent).toBe('Draft');
    expect(container.querySelector('.suggestions')).toBeNull();
  });
});
