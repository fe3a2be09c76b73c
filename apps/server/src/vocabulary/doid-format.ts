// The Disease Ontology as it publishes itself: an OBO file (doid.obo or a subset such as
// DO_rare_slim.obo) or the labels-only HumanDO.tsv report, plus the cross-code reports
// (ICD10inDO.tsv, OMIMinDO.tsv, OrphanetinDO.tsv…) merged into the terms' cross-references.
import { open } from 'node:fs/promises';
import { normaliseConceptId, splitConceptId } from './concept-ids.js';
import { anOboTally, oboRecords, oboSummary } from './obo-format.js';
import { readTsv, requireFile, unquote, VocabularyFileError } from './tsv.js';
import type { VocabularyFiles, VocabularyFormat, VocabularyReader } from './vocabulary-format.js';
import type { ConceptRecord } from './vocabulary.queries.js';

/** The `system` of Disease Ontology terms: codes are the number part, so ids read DOID:1234. */
export const DOID_SYSTEM = 'DOID';

/** The first line of a file, without reading the rest. */
async function firstLineOf(file: string): Promise<string> {
  const handle = await open(file);
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(4096), 0, 4096, 0);
    return (
      buffer
        .toString('utf8', 0, bytesRead)
        .replace(/^\uFEFF/, '')
        .split(/\r?\n/, 1)[0] ?? ''
    );
  } finally {
    await handle.close();
  }
}

/** The DOID code of a report's id column, or undefined when it is not a DOID id. */
function doidCode(field: string | undefined): string | undefined {
  const id = normaliseConceptId(unquote(field ?? ''));
  if (id === null) return undefined;
  const { system, code } = splitConceptId(id);
  return system === DOID_SYSTEM ? code : undefined;
}

interface ReportTally {
  rows: number;
  skipped: number;
}

/** HumanDO.tsv (id, label, subClassOf): labels only, so synonyms stored already are kept. */
async function* labelRecords(file: string, tally: ReportTally): AsyncGenerator<ConceptRecord> {
  for await (const row of readTsv(file, 'Disease Ontology labels (HumanDO.tsv)', ['id', 'label'])) {
    const code = doidCode(row.values.id);
    const display = unquote(row.values.label ?? '');
    if (code === undefined || display === '') {
      tally.skipped += 1;
      continue;
    }
    tally.rows += 1;
    yield { system: DOID_SYSTEM, code, display, synonyms: [], xrefs: [], provides: 'label' };
  }
}

/** A cross-code report (id, label, xrefs): one row per term, its xrefs separated by commas. */
async function* xrefRecords(file: string, tally: ReportTally): AsyncGenerator<ConceptRecord> {
  const what = 'Disease Ontology cross-references (e.g. ICD10inDO.tsv)';
  for await (const row of readTsv(file, what, ['id', 'label', 'xrefs'])) {
    const code = doidCode(row.values.id);
    const xrefs = unquote(row.values.xrefs ?? '')
      .split(',')
      .map(normaliseConceptId)
      .filter((xref): xref is string => xref !== null);
    if (code === undefined || xrefs.length === 0) {
      tally.skipped += 1;
      continue;
    }
    tally.rows += xrefs.length;
    const display = unquote(row.values.label ?? '') || `${DOID_SYSTEM}:${code}`;
    yield { system: DOID_SYSTEM, code, display, synonyms: [], xrefs, provides: 'xrefs' };
  }
}

/** Refuses a cross-code report given as the ontology, saying where it belongs. */
function refuseReportAsMain(file: string, header: string): void {
  const columns = header.split('\t').map(unquote);
  if (columns.includes('xrefs'))
    throw new VocabularyFileError(
      `${file} is a Disease Ontology cross-reference report: give it with --xrefs after the ontology file (doid.obo or HumanDO.tsv).`,
    );
}

function readDoid(files: VocabularyFiles): VocabularyReader {
  const tally = anOboTally();
  const labels: ReportTally = { rows: 0, skipped: 0 };
  const xrefs: ReportTally = { rows: 0, skipped: 0 };
  let isObo = true;
  async function* records(): AsyncGenerator<ConceptRecord> {
    await requireFile(files.main, 'Disease Ontology');
    const header = await firstLineOf(files.main);
    isObo = !header.includes('\t');
    if (isObo) {
      yield* oboRecords(files.main, 'Disease Ontology', tally, (system) => system === DOID_SYSTEM);
    } else {
      refuseReportAsMain(files.main, header);
      yield* labelRecords(files.main, labels);
    }
    for (const file of files.xrefs ?? []) yield* xrefRecords(file, xrefs);
  }
  return {
    records: records(),
    summary() {
      const parts = isObo
        ? oboSummary(tally, 'only DOID terms are imported with --format doid')
        : [`${labels.rows.toLocaleString('en')} label rows read`];
      if (labels.skipped > 0)
        parts.push(`${labels.skipped} label rows without a DOID id or a label skipped`);
      if (files.xrefs !== undefined && files.xrefs.length > 0)
        parts.push(`${xrefs.rows.toLocaleString('en')} cross-references read`);
      if (xrefs.skipped > 0) parts.push(`${xrefs.skipped} unreadable cross-reference rows skipped`);
      return parts.join('; ');
    },
    systems: () => [DOID_SYSTEM],
  };
}

export const doidFormat: VocabularyFormat = {
  name: 'doid',
  description:
    'Disease Ontology: doid.obo (or a subset, e.g. DO_rare_slim.obo) or HumanDO.tsv, with --xrefs ICD10inDO.tsv, OMIMinDO.tsv, OrphanetinDO.tsv… (repeatable)',
  acceptsSynonyms: false,
  acceptsXrefs: true,
  licence:
    'The Disease Ontology is CC0 (public domain): no conditions, but please cite the release you imported (https://disease-ontology.org/about/).',
  read: readDoid,
};
