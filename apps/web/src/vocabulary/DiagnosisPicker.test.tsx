// Naming a diagnosis: a lay word is looked up once typing pauses, a coded diagnosis is chosen
// with the keyboard (or the mouse) as { conceptId, label }, the member's own words are always a
// choice, and every state of the lookup is said in words.
import { act, useState } from 'react';
import { describe, expect, it } from 'vitest';
import type { DiagnosisTerm } from '@consilium/api';
import { json, problem, stubApi } from '../testing/fetchStub';
import type { SentRequest } from '../testing/fetchStub';
import {
  click,
  descriptionOf,
  getField,
  renderWithApp,
  typeInto,
  waitFor,
} from '../testing/render';
import { DiagnosisPicker, NO_DIAGNOSIS } from './DiagnosisPicker';
import type { DiagnosisValue } from './DiagnosisPicker';

const LUPUS: DiagnosisTerm = {
  id: 'DOID:9074',
  system: 'DOID',
  code: '9074',
  label: 'systemic lupus erythematosus',
  matched: 'lupus',
  xrefs: ['ICD10CM:M32.9', 'OMIM:152700'],
};
const LUPUS_NEPHRITIS: DiagnosisTerm = {
  id: 'DOID:0080162',
  system: 'DOID',
  code: '0080162',
  label: 'lupus nephritis',
  matched: null,
  xrefs: [],
};
const LABEL = 'Your diagnosis';

/** The vocabulary as the server answers it: diagnoses whose label or synonym has the query. */
function vocabulary(available = true) {
  return (request: SentRequest) => {
    const query = new URL(request.url, 'http://localhost').searchParams.get('q') ?? '';
    const items = [LUPUS, LUPUS_NEPHRITIS].filter((term) =>
      [term.label, term.matched ?? ''].some((name) => name.includes(query.toLowerCase())),
    );
    return json(200, { items: available ? items : [], available });
  };
}

/** The picker in a form, as a page would hold it; records each value it is given. */
async function renderPicker(initial: DiagnosisValue = NO_DIAGNOSIS) {
  const values: DiagnosisValue[] = [];
  function Host() {
    const [value, setValue] = useState(initial);
    return (
      <form>
        <DiagnosisPicker
          id="diagnosis"
          label={LABEL}
          hint="Type a name, or describe it in your own words."
          value={value}
          onChange={(next) => {
            values.push(next);
            setValue(next);
          }}
        />
      </form>
    );
  }
  const page = await renderWithApp(<Host />);
  const box = getField(page.container, LABEL);
  return { ...page, box, values };
}

/** Presses a key in the box; answers whether the browser's default action was prevented. */
async function press(element: HTMLElement, key: string): Promise<boolean> {
  let isPrevented = false;
  await act(async () => {
    const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true });
    isPrevented = !element.dispatchEvent(event);
    await Promise.resolve();
  });
  return isPrevented;
}

function options(container: HTMLElement): HTMLElement[] {
  return [...container.querySelectorAll<HTMLElement>('[role="option"]')];
}

async function optionsShown(container: HTMLElement, count: number): Promise<HTMLElement[]> {
  return waitFor(() => {
    const shown = options(container);
    if (shown.length !== count) throw new Error(`${String(shown.length)} options shown`);
    return shown;
  });
}

function status(container: HTMLElement): string {
  return container.querySelector('[role="status"]')?.textContent ?? '';
}

describe('the diagnosis picker', () => {
  it('finds a diagnosis by a lay word and codes the one chosen with the keyboard', async () => {
    stubApi({ 'GET /api/vocabulary/diagnoses': vocabulary() });
    const { container, box, values } = await renderPicker();
    expect(box.getAttribute('role')).toBe('combobox');
    await typeInto(box, 'lupus');
    const [first, second, own] = await optionsShown(container, 3);
    expect(first?.textContent).toContain('systemic lupus erythematosus');
    expect(first?.textContent).toContain('matches “lupus”');
    expect(first?.textContent).toContain('DOID:9074');
    expect(second?.textContent).not.toContain('matches');
    expect(own?.textContent).toBe('Use my own words: “lupus”');
    expect(status(container)).toBe(
      '2 diagnoses found: use the arrow keys and Enter to choose one, or your own words.',
    );
    expect(box.getAttribute('aria-expanded')).toBe('true');

    await press(box, 'ArrowDown');
    expect(box.getAttribute('aria-activedescendant')).toBe(first?.id);
    // Enter chooses the diagnosis and does not also submit the form around the picker.
    expect(await press(box, 'Enter')).toBe(true);
    expect(values.at(-1)).toEqual({
      conceptId: 'DOID:9074',
      label: 'systemic lupus erythematosus',
    });
    expect(box.value).toBe('systemic lupus erythematosus');
    expect(box.getAttribute('aria-expanded')).toBe('false');
    expect(descriptionOf(box)).toContain(
      'Coded as DOID:9074. Change the text to use your own words instead.',
    );
  });

  it("keeps the member's own words, chosen with the mouse", async () => {
    stubApi({ 'GET /api/vocabulary/diagnoses': vocabulary() });
    const { container, box, values } = await renderPicker();
    await typeInto(box, '  odd   rash ');
    await waitFor(() => {
      expect(status(container)).toBe(
        'No diagnosis matches “odd rash”. You can use your own words.',
      );
    });
    const [own] = options(container);
    expect(own?.textContent).toBe('Use my own words: “odd rash”');
    await click(own ?? box);
    expect(values.at(-1)).toEqual({ conceptId: null, label: 'odd rash' });
    expect(container.querySelector('.diagnosis-picker__coded')).toBeNull();
  });

  it('turns a chosen diagnosis back into own words when the text is edited', async () => {
    stubApi({ 'GET /api/vocabulary/diagnoses': vocabulary() });
    const { box, values } = await renderPicker({
      conceptId: 'DOID:9074',
      label: 'systemic lupus erythematosus',
    });
    expect(descriptionOf(box)).toContain('Coded as DOID:9074.');
    await typeInto(box, 'systemic lupus erythematosus, probably');
    expect(values.at(-1)).toEqual({
      conceptId: null,
      label: 'systemic lupus erythematosus, probably',
    });
    expect(descriptionOf(box)).not.toContain('Coded as');
  });

  it('closes the list with Escape, leaving the text as typed', async () => {
    stubApi({ 'GET /api/vocabulary/diagnoses': vocabulary() });
    const { container, box, values } = await renderPicker();
    await typeInto(box, 'lupus');
    await optionsShown(container, 3);
    await press(box, 'Escape');
    expect(box.getAttribute('aria-expanded')).toBe('false');
    expect(values.at(-1)).toEqual({ conceptId: null, label: 'lupus' });
  });

  it('says it is looking, before the answer arrives', async () => {
    stubApi({ 'GET /api/vocabulary/diagnoses': vocabulary() });
    const { container, box } = await renderPicker();
    await typeInto(box, 'lupus');
    expect(status(container)).toBe('Looking up diagnoses…');
    await optionsShown(container, 3);
  });

  it('says so when no list of diagnoses is loaded, and still offers own words', async () => {
    stubApi({ 'GET /api/vocabulary/diagnoses': vocabulary(false) });
    const { container, box } = await renderPicker();
    await typeInto(box, 'lupus');
    await waitFor(() => {
      expect(status(container)).toBe(
        'No list of diagnoses is loaded yet. You can use your own words.',
      );
    });
    expect(options(container).map((option) => option.textContent)).toEqual([
      'Use my own words: “lupus”',
    ]);
  });

  it('says so when the lookup fails, and still offers own words', async () => {
    stubApi({
      'GET /api/vocabulary/diagnoses': () => problem(503, 'The database is busy.'),
    });
    const { container, box } = await renderPicker();
    await typeInto(box, 'lupus');
    await waitFor(() => {
      expect(status(container)).toBe(
        'Diagnoses could not be looked up just now. You can use your own words.',
      );
    });
    expect(options(container)).toHaveLength(1);
  });
});
