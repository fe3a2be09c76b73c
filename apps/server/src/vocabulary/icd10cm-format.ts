// ICD-10-CM as CDC/NCHS publishes it (icd10cm-Codes-Descriptions-<year>.zip and the order
// files): icd10cm_codes_YYYY.txt ("A000    Cholera due to …", billable codes only) or the
// fixed-width icd10cm_order_YYYY.txt, which also lists the categories (A00) that Disease
// Ontology often cross-references. Codes are stored dotted (A00.0), as DO writes them.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { normaliseConceptId, splitConceptId } from './concept-ids.js';
import { requireFile, VocabularyFileError } from './tsv.js';
import type { VocabularyFiles, VocabularyFormat, VocabularyReader } from './vocabulary-format.js';
import type { ConceptRecord } from './vocabulary.queries.js';

export const ICD10CM_SYSTEM = 'ICD10CM';

const CODE = /^[A-Z][0-9][0-9A-Z]{1,5}$/;
/** icd10cm_codes: the code without its dot, spaces, the description. */
const CODES_LINE = /^([A-Z][0-9][0-9A-Z]{1,5})\s+(\S.*)$/;
/** icd10cm_order: 5-digit order number, space, code padded to 7, space, 0/1, space, … */
const ORDER_LINE = /^\d{5} [A-Z][0-9][0-9A-Z ]{5} [01] /;

type Layout = 'codes' | 'order';

/** Code and description of one line, or undefined when the line is not in the layout. */
function parseLine(text: string, layout: Layout): { code: string; display: string } | undefined {
  if (layout === 'codes') {
    const match = CODES_LINE.exec(text);
    if (match?.[1] === undefined || match[2] === undefined) return undefined;
    return { code: match[1], display: match[2].trim() };
  }
  // Columns 7–13 code, 15 billable flag, 17–76 short description, 78– long description.
  const code = text.slice(6, 13).trim();
  if (!ORDER_LINE.test(text) || !CODE.test(code)) return undefined;
  const display = text.slice(77).trim() || text.slice(16, 76).trim();
  return display === '' ? undefined : { code, display };
}

function notIcd10cm(file: string, line: number, text: string): VocabularyFileError {
  const shown = text.length > 60 ? `${text.slice(0, 60)}…` : text;
  return new VocabularyFileError(
    `${file}, line ${line}: "${shown}" is not an ICD-10-CM line: expected icd10cm_codes_YYYY.txt ("A000    Cholera due to …") or icd10cm_order_YYYY.txt from CDC.`,
  );
}

async function* icd10cmRecords(file: string, tally: { codes: number }) {
  await requireFile(file, 'ICD-10-CM code list');
  const lines = createInterface({
    input: createReadStream(file, { encoding: 'utf8' }),
    crlfDelay: Infinity,
  });
  let line = 0;
  let layout: Layout | undefined;
  try {
    for await (const raw of lines) {
      line += 1;
      const text = (line === 1 ? raw.replace(/^\uFEFF/, '') : raw).trimEnd();
      if (text.trim() === '') continue;
      layout ??= /^\d{5} /.test(text) ? 'order' : 'codes';
      const parsed = parseLine(text, layout);
      if (parsed === undefined) throw notIcd10cm(file, line, text);
      const id = normaliseConceptId(`${ICD10CM_SYSTEM}:${parsed.code}`);
      if (id === null) throw notIcd10cm(file, line, text);
      tally.codes += 1;
      const record: ConceptRecord = {
        ...splitConceptId(id),
        display: parsed.display,
        synonyms: [],
        xrefs: [],
      };
      yield record;
    }
  } finally {
    lines.close();
  }
  if (layout === undefined)
    throw new VocabularyFileError(`${file} is empty: expected an ICD-10-CM code list.`);
}

function readIcd10cm(files: VocabularyFiles): VocabularyReader {
  const tally = { codes: 0 };
  return {
    records: icd10cmRecords(files.main, tally),
    summary: () => `${tally.codes.toLocaleString('en')} ICD-10-CM codes read`,
    systems: () => [ICD10CM_SYSTEM],
  };
}

export const icd10cmFormat: VocabularyFormat = {
  name: 'icd10cm',
  description:
    "CDC's icd10cm_order_YYYY.txt (codes and categories) or icd10cm_codes_YYYY.txt (billable codes)",
  acceptsSynonyms: false,
  acceptsXrefs: false,
  licence:
    'ICD-10-CM is published by CDC/NCHS and is in the public domain in the United States: no conditions.',
  read: readIcd10cm,
};
