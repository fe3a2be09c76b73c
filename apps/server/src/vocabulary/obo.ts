// Reads the [Term] stanzas of an OBO flat file (Disease Ontology, MONDO, ORDO exports) line by
// line: an ontology of hundreds of MB never sits in memory, only the stanza being read.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { requireFile, VocabularyFileError } from './tsv.js';

export type SynonymScope = 'EXACT' | 'RELATED' | 'NARROW' | 'BROAD';

export interface OboTerm {
  /** 1-based line of the stanza's [Term] header, for messages. */
  line: number;
  id: string | undefined;
  name: string | undefined;
  synonyms: { text: string; scope: SynonymScope }[];
  /** Raw xref ids, as written (MIM:…, ORDO:…): not yet normalised. */
  xrefs: string[];
  /** Ids merged into this term over the releases. */
  altIds: string[];
  isObsolete: boolean;
}

/** OBO 1.0 wrote the scope in the tag: exact_synonym: "…" []. */
const LEGACY_SYNONYM_TAGS: Readonly<Record<string, SynonymScope>> = {
  exact_synonym: 'EXACT',
  related_synonym: 'RELATED',
  narrow_synonym: 'NARROW',
  broad_synonym: 'BROAD',
};
const QUOTED = /^"((?:[^"\\]|\\.)*)"\s*(.*)$/;
const SCOPE = /^(EXACT|RELATED|NARROW|BROAD)\b/;

/** OBO escapes: \" \\ \n \t and a backslash before any other character. */
function unescapeObo(text: string): string {
  return text.replace(/\\(.)/g, (_, character: string) =>
    character === 'n' ? ' ' : character === 't' ? ' ' : character,
  );
}

/** The first token of a value: `MESH:D001 "label" {source=…}` → MESH:D001. */
function firstToken(value: string): string {
  return value.split(/\s/, 1)[0]?.replace(/\\(.)/g, '$1') ?? '';
}

function aTerm(line: number): OboTerm {
  return {
    line,
    id: undefined,
    name: undefined,
    synonyms: [],
    xrefs: [],
    altIds: [],
    isObsolete: false,
  };
}

function readSynonym(term: OboTerm, value: string, legacyScope: SynonymScope | undefined) {
  const quoted = QUOTED.exec(value);
  if (quoted === null) return;
  const text = unescapeObo(quoted[1] ?? '').trim();
  // A synonym without a scope is RELATED (OBO 1.4, section 3.5.5).
  const scope = legacyScope ?? (SCOPE.exec(quoted[2] ?? '')?.[1] as SynonymScope | undefined);
  if (text !== '') term.synonyms.push({ text, scope: scope ?? 'RELATED' });
}

function readTag(term: OboTerm, tag: string, value: string): void {
  switch (tag) {
    case 'id':
      term.id ??= firstToken(value);
      break;
    case 'name':
      term.name ??= unescapeObo(value).trim();
      break;
    case 'synonym':
      readSynonym(term, value, undefined);
      break;
    case 'xref':
      term.xrefs.push(firstToken(value));
      break;
    case 'alt_id':
      term.altIds.push(firstToken(value));
      break;
    case 'is_obsolete':
      term.isObsolete = value.trim() === 'true';
      break;
    default: {
      const legacyScope = LEGACY_SYNONYM_TAGS[tag];
      if (legacyScope !== undefined) readSynonym(term, value, legacyScope);
    }
  }
}

/** Refuses a file whose first line cannot begin an OBO document (a TSV, a JSON export…). */
function checkFirstLine(file: string, what: string, text: string): void {
  if (/^format-version:/.test(text) || /^\[\w+\]$/.test(text)) return;
  const shown = text.length > 60 ? `${text.slice(0, 60)}…` : text;
  throw new VocabularyFileError(
    `${file} is not an OBO file (${what}): it should start with "format-version:" or a [Term] stanza, not "${shown}".`,
  );
}

/** Yields every [Term] stanza of an OBO file, obsolete ones included (marked). */
export async function* readOboTerms(file: string, what: string): AsyncGenerator<OboTerm> {
  await requireFile(file, what);
  const lines = createInterface({
    input: createReadStream(file, { encoding: 'utf8' }),
    crlfDelay: Infinity,
  });
  let line = 0;
  let started = false;
  let stanzas = 0;
  let term: OboTerm | undefined;
  try {
    for await (const raw of lines) {
      line += 1;
      const text = (line === 1 ? raw.replace(/^\uFEFF/, '') : raw).trim();
      if (text === '' || text.startsWith('!')) continue;
      if (!started) {
        checkFirstLine(file, what, text);
        started = true;
      }
      if (text.startsWith('[')) {
        if (term !== undefined) yield term;
        stanzas += 1;
        term = text === '[Term]' ? aTerm(line) : undefined;
        continue;
      }
      const colon = text.indexOf(':');
      if (term === undefined || colon <= 0) continue;
      readTag(term, text.slice(0, colon), text.slice(colon + 1).trim());
    }
  } finally {
    lines.close();
  }
  if (term !== undefined) yield term;
  if (!started) throw new VocabularyFileError(`${file} is empty: expected an OBO file (${what}).`);
  if (stanzas === 0)
    throw new VocabularyFileError(
      `${file} has an OBO header but no [Term] stanzas: is it the whole ontology, or only its header?`,
    );
}
