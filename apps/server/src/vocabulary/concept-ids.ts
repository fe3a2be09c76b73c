// Concept ids as "SYSTEM:code", spelled one way per system, so that the same disease coded from
// different sources (MIM:… in Disease Ontology, OMIM:… in phenopackets, ORDO:… or Orphanet_… in
// Orphanet exports) compares equal. Pure: no database.

/** Canonical prefixes, by the spellings found in the vocabularies' files (upper-cased). */
const PREFIX_ALIASES: Readonly<Record<string, string>> = {
  DOID: 'DOID',
  MONDO: 'MONDO',
  OMIM: 'OMIM',
  MIM: 'OMIM',
  OMIMPS: 'OMIMPS',
  ORPHA: 'ORPHA',
  ORDO: 'ORPHA',
  ORPHANET: 'ORPHA',
  ICD10CM: 'ICD10CM',
  'ICD-10-CM': 'ICD10CM',
  'ICD10-CM': 'ICD10CM',
  ICD9CM: 'ICD9CM',
  GARD: 'GARD',
  MESH: 'MESH',
  MSH: 'MESH',
  UMLS: 'UMLS',
  UMLS_CUI: 'UMLS',
  NCIT: 'NCIT',
  NCI: 'NCIT',
  SNOMEDCT: 'SNOMEDCT',
  SNOMEDCT_US: 'SNOMEDCT',
  SCTID: 'SNOMEDCT',
  SNOMED: 'SNOMEDCT',
  HP: 'HP',
  HPO: 'HP',
};

/** Disease Ontology writes SNOMED CT xrefs with the edition's date: SNOMEDCT_US_2025_09_01. */
const DATED_SNOMED = /^SNOMEDCT_US_\d{4}_\d{2}_\d{2}$/;
/** <http://purl.obolibrary.org/obo/DOID_1234>, the OBO Foundry's IRI of a term. */
const OBO_IRI = /^<?https?:\/\/purl\.obolibrary\.org\/obo\/([A-Za-z][\w-]*?)_([^/>]+)>?$/;
/** <http://www.orpha.net/ORDO/Orphanet_558>, Orphanet's IRI of a disorder. */
const ORDO_IRI = /^<?https?:\/\/www\.orpha\.net\/ORDO\/Orphanet_(\d+)>?$/;
const PREFIX = /^[A-Za-z][\w-]*$/;
/** Orphanet_536, DOID_9074: the last part of an IRI, for the prefixes known above. */
const IRI_FRAGMENT = /^([A-Za-z]+)_([A-Za-z0-9.]+)$/;

function canonicalPrefix(prefix: string): string {
  const upper = prefix.toUpperCase();
  if (DATED_SNOMED.test(upper)) return 'SNOMEDCT';
  return PREFIX_ALIASES[upper] ?? upper;
}

/** ICD-10-CM codes carry a dot after the category (A00.0), as Disease Ontology writes them. */
function icd10cmCode(code: string): string {
  const bare = code.toUpperCase().replace(/[\s.]/g, '');
  return bare.length > 3 ? `${bare.slice(0, 3)}.${bare.slice(3)}` : bare;
}

function canonicalId(prefix: string, rawCode: string): string | null {
  let system = canonicalPrefix(prefix);
  let code = rawCode.trim();
  if (system === 'OMIM') {
    // OMIM marks entries with #, % or * on its pages; phenotypic series are PS-numbers.
    code = code.replace(/^[#%*+^]/, '');
    if (/^PS\d+$/i.test(code)) {
      system = 'OMIMPS';
      code = code.slice(2);
    }
  } else if (system === 'ORPHA') code = code.replace(/^Orphanet_/i, '');
  else if (system === 'ICD10CM') code = icd10cmCode(code);
  if (code === '' || /\s/.test(code)) return null;
  return `${system}:${code}`;
}

/** Orphanet_536 → ORPHA:536, for the prefixes known above; null for any other text. */
function fromIriFragment(text: string): string | null {
  const match = IRI_FRAGMENT.exec(text);
  if (match?.[1] === undefined || match[2] === undefined) return null;
  return Object.hasOwn(PREFIX_ALIASES, match[1].toUpperCase())
    ? canonicalId(match[1], match[2])
    : null;
}

/**
 * The canonical spelling of a concept id: `MIM:143100` → `OMIM:143100`, `ORDO:558` →
 * `ORPHA:558`, `icd10cm:a000` → `ICD10CM:A00.0`, an OBO PURL → its CURIE. Unknown prefixes are
 * kept, upper-cased. Null when the text is not an id at all (no prefix, no code, a web address).
 */
export function normaliseConceptId(raw: string): string | null {
  const text = raw.trim();
  const ordo = ORDO_IRI.exec(text);
  if (ordo?.[1] !== undefined) return `ORPHA:${ordo[1]}`;
  const iri = OBO_IRI.exec(text);
  if (iri?.[1] !== undefined && iri[2] !== undefined) return canonicalId(iri[1], iri[2]);
  const colon = text.indexOf(':');
  if (colon < 0) return fromIriFragment(text);
  if (colon === 0) return null;
  const prefix = text.slice(0, colon).trim();
  const code = text.slice(colon + 1);
  // url:http://… and bare web addresses are links, not codes.
  if (!PREFIX.test(prefix) || /^(url|https?)$/i.test(prefix) || code.includes('//')) return null;
  return canonicalId(prefix, code);
}

/** A normalised id's system and code: "DOID:9074" → { system: "DOID", code: "9074" }. */
export function splitConceptId(id: string): { system: string; code: string } {
  const colon = id.indexOf(':');
  return { system: id.slice(0, colon), code: id.slice(colon + 1) };
}

/** The id of a concept stored as (system, code). */
export function conceptIdOf(system: string, code: string): string {
  return `${system}:${code}`;
}
