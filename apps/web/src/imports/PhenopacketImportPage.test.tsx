// Importing a phenopacket: the file is checked in the browser (size, JSON, phenopacket) with the
// reason next to the file field, a preview says what will be imported, the diagnosis is kept as
// the hidden answer only when asked, and the draft opens in the wizard.
import { describe, expect, it } from 'vitest';
import { json, stubApi } from '../testing/fetchStub';
import { aDraft, aMember, aSession, CASE_ID } from '../testing/fixtures';
import {
  chooseFile,
  click,
  descriptionOf,
  getButton,
  getField,
  getLink,
  renderApp,
  waitFor,
} from '../testing/render';

const signedIn = { 'GET /api/session': () => json(200, aSession(aMember())) };
const FILE_LABEL = 'Phenopacket file (.json)';

const PACKET = {
  id: 'case-042',
  subject: {
    id: 'patient-1',
    sex: 'FEMALE',
    timeAtLastEncounter: { age: { iso8601duration: 'P34Y6M' } },
  },
  phenotypicFeatures: [
    { type: { id: 'HP:0001945', label: 'Fever' } },
    { type: { id: 'HP:0002027', label: 'Abdominal pain' } },
    { type: { id: 'HP:0000988', label: 'Skin rash' }, excluded: true },
  ],
  diseases: [{ term: { id: 'OMIM:249100', label: 'Familial Mediterranean fever' } }],
  metaData: { phenopacketSchemaVersion: '2.0' },
};

function packetFile(text: string, name = 'case-042.json'): File {
  return new File([text], name, { type: 'application/json' });
}

async function openImport() {
  const page = await renderApp('/cases/import');
  await waitFor(() => getField(page.container, FILE_LABEL));
  return page;
}

async function pick(container: HTMLElement, file: File): Promise<void> {
  await chooseFile(getField(container, FILE_LABEL), file);
}

describe('importing a phenopacket', () => {
  it('is linked from the choice of case to post and from my cases', async () => {
    stubApi({ ...signedIn, 'GET /api/me/cases': () => json(200, { items: [] }) });
    const choice = await renderApp('/cases/new');
    const fromChoice = await waitFor(() => getLink(choice.container, 'Import a phenopacket'));
    expect(fromChoice.getAttribute('href')).toBe('/cases/import');
    const mine = await renderApp('/my-cases');
    const fromMine = await waitFor(() => getLink(mine.container, 'Import a phenopacket'));
    expect(fromMine.getAttribute('href')).toBe('/cases/import');
  });

  it('says a file that is not JSON cannot be read, next to the file field', async () => {
    const sent = stubApi(signedIn);
    const { container } = await openImport();
    await pick(container, packetFile('{ "id": "case-042", ', 'notes.json'));

    const field = getField(container, FILE_LABEL);
    await waitFor(() => {
      expect(field.getAttribute('aria-invalid')).toBe('true');
    });
    expect(descriptionOf(field)).toContain(
      "notes.json is not valid JSON. Choose the phenopacket's .json file",
    );
    expect(() => getButton(container, 'Import as a draft')).toThrow();
    expect(sent.filter((request) => request.method === 'POST')).toEqual([]);
  });

  it('refuses a file over 1 MB before reading it', async () => {
    stubApi(signedIn);
    const { container } = await openImport();
    await pick(container, packetFile(' '.repeat(1_000_001), 'huge.json'));
    await waitFor(() => {
      expect(descriptionOf(getField(container, FILE_LABEL))).toContain(
        'huge.json is 1 MB: a phenopacket file may be at most 1 MB.',
      );
    });
  });

  it('says what is missing from JSON that is not a phenopacket', async () => {
    stubApi(signedIn);
    const { container } = await openImport();
    await pick(container, packetFile(JSON.stringify({ subject: { sex: 'MALE' } })));
    await waitFor(() => {
      expect(descriptionOf(getField(container, FILE_LABEL))).toContain(
        'is JSON, but not a phenopacket that can be imported (id: A phenopacket has an id).',
      );
    });
  });

  it('previews the features, excluded features, sex and age, and hides the diagnoses', async () => {
    stubApi(signedIn);
    const { container } = await openImport();
    await pick(container, packetFile(JSON.stringify(PACKET)));
    const preview = await waitFor(() => {
      const found = container.querySelector('.packet-preview');
      if (!found) throw new Error('no preview yet');
      return found;
    });
    const facts = [...preview.querySelectorAll('.facts__row')].map((row) => [
      row.querySelector('dt')?.textContent,
      row.querySelector('dd')?.textContent,
    ]);
    expect(facts).toEqual([
      ['Phenotypic features', '2 features observed'],
      ['Excluded features', '1 checked and not present'],
      ['Sex', 'Female'],
      ['Age at last encounter', '34 years, 6 months'],
      ['Diagnoses in the packet', '1 diagnosis'],
    ]);
    expect([...preview.querySelectorAll('li')].map((item) => item.textContent)).toEqual([
      'Fever',
      'Abdominal pain',
    ]);
    expect(container.textContent).toContain('Diagnoses in the packet are never shown to solvers');
    expect(container.textContent).not.toContain('Familial Mediterranean fever');
  });

  it('imports it with the diagnosis kept as the hidden answer, then opens the draft in the wizard', async () => {
    const sent = stubApi({
      ...signedIn,
      'POST /api/cases/import/phenopacket': () =>
        json(201, aDraft({ questionnaire: { version: 1 } })),
    });
    const page = await openImport();
    await pick(page.container, packetFile(JSON.stringify(PACKET)));
    const keep = await waitFor(() =>
      getField(
        page.container,
        'Keep the diagnosis as the hidden answer (the case becomes a case study)',
      ),
    );
    await click(keep);
    await click(getButton(page.container, 'Import as a draft'));

    await waitFor(() => {
      expect(page.location()).toBe(`/cases/${CASE_ID}/edit`);
    });
    expect(sent.find((request) => request.method === 'POST')?.body).toEqual({
      packet: PACKET,
      keepOutcome: true,
    });
    await waitFor(() => getButton(page.container, 'Save and continue later'));
  });
});
