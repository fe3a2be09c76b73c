// The code systems of a FHIR export and the CodeableConcepts built from Consilium's normalised
// concept ids ('DOID:1234', 'HP:0002315'). System URIs are the ones HL7 registers where it
// registers one (docs/reports.md lists each with its source).
import type { CodeableConcept, Coding } from '@medplum/fhirtypes';

export const SYSTEMS = {
  hpo: 'http://human-phenotype-ontology.org',
  doid: 'http://purl.obolibrary.org/obo/doid.owl',
  mondo: 'http://purl.obolibrary.org/obo/mondo.owl',
  icd10cm: 'http://hl7.org/fhir/sid/icd-10-cm',
  omim: 'http://www.omim.org',
  orphanet: 'https://www.orpha.net',
  snomed: 'http://snomed.info/sct',
  loinc: 'http://loinc.org',
  ucum: 'http://unitsofmeasure.org',
  conditionClinical: 'http://terminology.hl7.org/CodeSystem/condition-clinical',
  conditionVerification: 'http://terminology.hl7.org/CodeSystem/condition-ver-status',
  observationCategory: 'http://terminology.hl7.org/CodeSystem/observation-category',
  uri: 'urn:ietf:rfc:3986',
} as const;

/** One code of a fixed system, with its display as text. */
export const fixedConcept = (system: string, code: string, display: string): CodeableConcept => ({
  coding: [{ system, code, display }],
  text: display,
});

interface Vocabulary {
  system: string;
  /** The local part of a well-formed id (after the prefix). */
  pattern: RegExp;
  /** OBO ontologies keep the prefix in the code (HP:0002315); the others use the bare local part. */
  keepsPrefix: boolean;
}

const DIAGNOSIS_VOCABULARIES: Readonly<Record<string, Vocabulary>> = {
  DOID: { system: SYSTEMS.doid, pattern: /^\d+$/, keepsPrefix: true },
  MONDO: { system: SYSTEMS.mondo, pattern: /^\d{7}$/, keepsPrefix: true },
  ICD10CM: {
    system: SYSTEMS.icd10cm,
    pattern: /^[A-Z]\d[0-9A-Z](\.[0-9A-Z]{1,4})?$/,
    keepsPrefix: false,
  },
  OMIM: { system: SYSTEMS.omim, pattern: /^\d{6}$/, keepsPrefix: false },
  ORPHA: { system: SYSTEMS.orphanet, pattern: /^\d+$/, keepsPrefix: false },
  SNOMEDCT: { system: SYSTEMS.snomed, pattern: /^\d{6,18}$/, keepsPrefix: false },
};

const PHENOTYPE_VOCABULARIES: Readonly<Record<string, Vocabulary>> = {
  HP: { system: SYSTEMS.hpo, pattern: /^\d{7}$/, keepsPrefix: true },
};

function codingOf(
  conceptId: string,
  label: string,
  vocabularies: Readonly<Record<string, Vocabulary>>,
): Coding | undefined {
  const separator = conceptId.indexOf(':');
  const prefix = conceptId.slice(0, separator);
  const local = conceptId.slice(separator + 1);
  const vocabulary = separator > 0 ? vocabularies[prefix] : undefined;
  if (vocabulary === undefined || !vocabulary.pattern.test(local)) return undefined;
  const code = vocabulary.keepsPrefix ? conceptId : local;
  return { system: vocabulary.system, code, ...(label === '' ? {} : { display: label }) };
}

/**
 * A concept as FHIR codes it: the coding when the id is in a vocabulary the export knows, and the
 * label as text always. An id the export does not recognise keeps only its label, so no coding
 * ever claims a system it does not belong to. Undefined when there is neither.
 */
function vocabularyConcept(
  conceptId: string | null,
  label: string,
  vocabularies: Readonly<Record<string, Vocabulary>>,
): CodeableConcept | undefined {
  const text = label.trim();
  const coding = conceptId === null ? undefined : codingOf(conceptId, text, vocabularies);
  if (coding === undefined && text === '') return undefined;
  return { ...(coding === undefined ? {} : { coding: [coding] }), ...(text ? { text } : {}) };
}

export function diagnosisConcept(conceptId: string | null, label: string) {
  return vocabularyConcept(conceptId, label, DIAGNOSIS_VOCABULARIES);
}

export function phenotypeConcept(hpoId: string | null, label: string) {
  return vocabularyConcept(hpoId, label, PHENOTYPE_VOCABULARIES);
}

/** Whether a concept carries a code (and not only text). */
export function isCoded(concept: CodeableConcept | undefined): concept is CodeableConcept {
  return (concept?.coding?.length ?? 0) > 0;
}
