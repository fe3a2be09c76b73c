// The Human Phenotype Ontology as published in its repository: term labels from the babelon
// labels TSV (src/translations/*.babelon.tsv) and, optionally, lay synonyms from
// reports/layperson-synonyms.tsv.
import type { ConceptRecord } from './vocabulary.queries.js';
import type { VocabularyFiles, VocabularyFormat, VocabularyReader } from './vocabulary-format.js';
import { readTsv, VocabularyFileError } from './tsv.js';

/** The `system` of Human Phenotype Ontology terms in the concepts table. */
export const HPO_SYSTEM = 'HPO';
const HPO_ID = /^HP:\d{7}$/;
/** <http://purl.obolibrary.org/obo/HP_0002648> → HP:0002648 */
const HPO_IRI = /^<?http:\/\/purl\.obolibrary\.org\/obo\/HP_(\d{7})>?$/;

/** A SPARQL-style literal: "Skin cyst" or "Skin cyst"@en → Skin cyst. */
function literalOf(field: string): string {
  const quoted = /^"(.*)"(?:@[A-Za-z-]+)?$/.exec(field.trim());
  return (quoted?.[1] ?? field).trim();
}

interface SynonymsRead {
  byTerm: Map<string, string[]>;
  rows: number;
  skipped: number;
}

/** Lay synonyms by HPO id, without repeats of each other (case aside). */
async function readLaypersonSynonyms(file: string): Promise<SynonymsRead> {
  const byTerm = new Map<string, string[]>();
  let rows = 0;
  let skipped = 0;
  for await (const row of readTsv(file, 'HPO layperson synonyms', ['?term', '?layperson'])) {
    rows += 1;
    const id = HPO_IRI.exec(row.values['?term']?.trim() ?? '')?.[1];
    const synonym = literalOf(row.values['?layperson'] ?? '');
    if (id === undefined || synonym === '') {
      skipped += 1;
      continue;
    }
    const code = `HP:${id}`;
    const known = byTerm.get(code) ?? [];
    if (!known.some((item) => item.toLowerCase() === synonym.toLowerCase())) known.push(synonym);
    byTerm.set(code, known);
  }
  return { byTerm, rows, skipped };
}

function readHpo(files: VocabularyFiles): VocabularyReader {
  let terms = 0;
  let withSynonyms = 0;
  let synonymsRead: SynonymsRead | undefined;
  async function* records(): AsyncGenerator<ConceptRecord> {
    synonymsRead =
      files.synonyms === undefined ? undefined : await readLaypersonSynonyms(files.synonyms);
    const labels = readTsv(files.main, 'HPO labels (babelon)', ['source_value', 'subject_id']);
    for await (const row of labels) {
      const code = row.values.subject_id?.trim() ?? '';
      // The file also labels a few relations (BFO:…, RO:…): only terms are imported.
      if (!HPO_ID.test(code)) continue;
      const display = row.values.source_value?.trim() ?? '';
      if (display === '')
        throw new VocabularyFileError(
          `${files.main}, line ${row.line}: term ${code} has no label.`,
        );
      const synonyms = (synonymsRead?.byTerm.get(code) ?? []).filter(
        (synonym) => synonym.toLowerCase() !== display.toLowerCase(),
      );
      synonymsRead?.byTerm.delete(code);
      terms += 1;
      if (synonyms.length > 0) withSynonyms += 1;
      yield { system: HPO_SYSTEM, code, display, synonyms, xrefs: [] };
    }
  }
  return {
    records: records(),
    summary() {
      const parts = [`${terms.toLocaleString('en')} HPO terms read`];
      if (synonymsRead !== undefined) {
        parts.push(`${withSynonyms.toLocaleString('en')} of them with lay synonyms`);
        const orphans = [...synonymsRead.byTerm.values()].reduce(
          (sum, list) => sum + list.length,
          0,
        );
        if (orphans > 0)
          parts.push(
            `${orphans.toLocaleString('en')} lay synonyms of terms not in the labels file skipped`,
          );
        if (synonymsRead.skipped > 0)
          parts.push(
            `${synonymsRead.skipped.toLocaleString('en')} unreadable synonym rows skipped`,
          );
      }
      return parts.join('; ');
    },
    systems: () => [HPO_SYSTEM],
  };
}

export const hpoFormat: VocabularyFormat = {
  name: 'hpo',
  description: 'HPO labels (babelon TSV), optionally with --synonyms layperson-synonyms.tsv',
  acceptsSynonyms: true,
  acceptsXrefs: false,
  licence:
    'The HPO is free to use, but must be cited with the release you imported, and its terms must not be altered (https://hpo.jax.org/license).',
  read: readHpo,
};
