// Exports a closed case's final report as an HL7 FHIR R4 Bundle (type collection): the
// DiagnosticReport, an anonymous Patient, one Observation per finding and one Condition per
// candidate of the ranked differential (plus the confirmed diagnosis). Pure and deterministic:
// resource ids are name-based UUIDs derived from the case id. What goes where, and why, is in
// docs/reports.md.
import type { AGE_BANDS } from '@consilium/api';
import { specialtyName } from '@consilium/core';
import type {
  Bundle,
  BundleEntry,
  CodeableConcept,
  DiagnosticReport,
  Observation,
  Patient,
  Quantity,
  Reference,
  Resource,
} from '@medplum/fhirtypes';
import { v5 as uuidV5 } from 'uuid';
import { candidateCondition, collectiveRankText, confirmedCondition } from './fhir-conditions.js';
import type {
  CandidateForExport,
  ConditionContext,
  ConfirmedForExport,
} from './fhir-conditions.js';
import {
  SYSTEMS,
  diagnosisConcept,
  fixedConcept,
  isCoded,
  phenotypeConcept,
} from './fhir-terminology.js';

export type { CandidateForExport, ConfirmedForExport } from './fhir-conditions.js';

export type AgeBand = (typeof AGE_BANDS)[number];

export interface ReportForExport {
  caseId: string;
  title: string;
  specialty: string | null;
  kind: 'patient' | 'clinical' | 'image';
  closedAt: string;
  /** Never a name, a birth date or an identifier. */
  patient: {
    sex: 'female' | 'male' | 'other' | 'unknown' | null;
    ageYears: number | null;
    /** The questionnaire's age band, used when no exact age is known. */
    ageBand: AgeBand | null;
  };
  symptoms: {
    /** An HPO id (HP:0002315), or null for a finding in free text. */
    id: string | null;
    label: string;
    /** False when the finding was checked and ruled out. */
    present: boolean;
    /** Free text, e.g. "3 months ago". */
    onset: string | null;
  }[];
  /** The ranked differential, most likely first. */
  differential: CandidateForExport[];
  confirmed: ConfirmedForExport | null;
}

export interface FhirExportOptions {
  /** This Consilium's public address; its FHIR extensions are named under it. */
  baseUrl: string;
  /** When the export is made (ISO datetime): Bundle.timestamp. */
  generatedAt: string;
}

type Finding = ReportForExport['symptoms'][number];

/** Fixed for good: every exported resource id is derived from it and the case id. */
const EXPORT_NAMESPACE = '56c5be26-a413-4c2b-8f96-4cd900412442';

/** How many candidates the report's conclusion names before "and N more". */
const CANDIDATES_IN_CONCLUSION = 5;

// Presence and absence as the HL7 Phenomics Exchange IG codes them (LOINC answer list LL1937-3).
const PRESENT = fixedConcept(SYSTEMS.loinc, 'LA9633-4', 'Present');
const ABSENT = fixedConcept(SYSTEMS.loinc, 'LA9634-2', 'Absent');
const ONSET = fixedConcept(SYSTEMS.hpo, 'HP:0003674', 'Onset');
const AGE = fixedConcept(SYSTEMS.loinc, '30525-0', 'Age');
const SURVEY = fixedConcept(SYSTEMS.observationCategory, 'survey', 'Survey');
const EXAM = fixedConcept(SYSTEMS.observationCategory, 'exam', 'Exam');
const CONSULT_NOTE: CodeableConcept = {
  coding: [{ system: SYSTEMS.loinc, code: '11488-4', display: 'Consult note' }],
  text: 'Consilium final report: ranked differential diagnosis',
};

interface Slot {
  id: string;
  fullUrl: string;
}

interface Context extends ConditionContext {
  report: ReportForExport;
  baseUrl: string;
  category: CodeableConcept[];
}

export function toFhirBundle(report: ReportForExport, options: FhirExportOptions): Bundle {
  const slot = (name: string): Slot => {
    const id = uuidV5(`${report.caseId}/${name}`, EXPORT_NAMESPACE);
    return { id, fullUrl: `urn:uuid:${id}` };
  };
  const reportSlot = slot('diagnostic-report');
  const patientSlot = slot('patient');
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  const context: Context = {
    report,
    baseUrl,
    extensionBase: `${baseUrl}/fhir/StructureDefinition`,
    closedAt: report.closedAt,
    patient: { reference: patientSlot.fullUrl, type: 'Patient' },
    diagnosticReport: { reference: reportSlot.fullUrl, type: 'DiagnosticReport' },
    // Findings a patient reported in the questionnaire are survey answers; a clinician's are exam
    // findings.
    category: [report.kind === 'patient' ? SURVEY : EXAM],
  };

  const findings = report.symptoms.map((finding, index) =>
    entry(slot(`finding/${index}`), findingObservation(finding, context)),
  );
  const candidates = report.differential.map((candidate, index) =>
    entry(slot(`candidate/${index}`), candidateCondition(candidate, context)),
  );
  const age = ageObservation(context);
  const confirmed = report.confirmed && confirmedOf(report.confirmed, context, candidates);
  const results = findings.map(({ fullUrl }): Reference<Observation> => ({
    reference: fullUrl,
    type: 'Observation',
  }));

  const bundle = slot('bundle');
  return {
    resourceType: 'Bundle',
    id: bundle.id,
    identifier: { system: SYSTEMS.uri, value: bundle.fullUrl },
    type: 'collection',
    timestamp: options.generatedAt,
    entry: [
      entry(reportSlot, diagnosticReport(context, results)),
      entry(patientSlot, patientOf(report.patient)),
      ...(age ? [entry(slot('age'), age)] : []),
      ...findings,
      ...candidates,
      ...(confirmed ? [entry(slot('confirmed'), confirmed)] : []),
    ],
  };
}

/** The confirmed diagnosis, related to the candidate the crowd ranked it as (if any). */
function confirmedOf(
  confirmed: ConfirmedForExport,
  context: Context,
  candidates: { fullUrl: string }[],
) {
  const rankedAt = context.report.differential.findIndex(
    (candidate) => candidate.rank === confirmed.collectiveRank,
  );
  const ranked = candidates[rankedAt];
  return confirmedCondition(
    confirmed,
    context,
    ranked && { reference: ranked.fullUrl, type: 'Condition' },
  );
}

function entry(slot: Slot, resource: Resource): BundleEntry & { fullUrl: string } {
  return { fullUrl: slot.fullUrl, resource: { ...resource, id: slot.id } };
}

function diagnosticReport(context: Context, results: Reference<Observation>[]): DiagnosticReport {
  const { report, baseUrl } = context;
  const codedCandidates = report.differential
    .map((candidate) => diagnosisConcept(candidate.conceptId, candidate.label))
    .filter(isCoded);
  return {
    resourceType: 'DiagnosticReport',
    identifier: [{ system: `${baseUrl}/cases`, value: report.caseId }],
    status: 'final',
    ...(report.specialty ? { category: [{ text: specialtyName(report.specialty) }] } : {}),
    code: CONSULT_NOTE,
    subject: context.patient,
    issued: report.closedAt,
    ...(results.length > 0 ? { result: results } : {}),
    conclusion: conclusionOf(report),
    ...(codedCandidates.length > 0 ? { conclusionCode: codedCandidates } : {}),
  };
}

function patientOf(patient: ReportForExport['patient']): Patient {
  return { resourceType: 'Patient', ...(patient.sex === null ? {} : { gender: patient.sex }) };
}

const years = (value: number): Quantity => ({
  value,
  unit: 'years',
  system: SYSTEMS.ucum,
  code: 'a',
});

/** Age as an Observation (LOINC 30525-0): exact when known, else the band as a range. */
function ageObservation({ report, patient, category }: Context): Observation | undefined {
  const { ageYears, ageBand } = report.patient;
  const age: Observation = {
    resourceType: 'Observation',
    status: 'final',
    category,
    code: AGE,
    subject: patient,
  };
  if (ageYears !== null) return { ...age, valueQuantity: years(ageYears) };
  if (ageBand === null) return undefined;
  // '18-29' is 18 to 29 completed years; '75+' has no upper end.
  const [low = 0, high] = ageBand.replace('+', '').split('-').map(Number);
  const range = { low: years(low), ...(high === undefined ? {} : { high: years(high) }) };
  return { ...age, valueRange: range };
}

function findingObservation(finding: Finding, { patient, category }: Context): Observation {
  const onset = finding.onset?.trim();
  return {
    resourceType: 'Observation',
    status: 'final',
    category,
    code: phenotypeConcept(finding.id, finding.label) ?? { text: 'Unnamed finding' },
    subject: patient,
    valueCodeableConcept: finding.present ? PRESENT : ABSENT,
    ...(onset ? { component: [{ code: ONSET, valueString: onset }] } : {}),
  };
}

const percent = (probability: number) =>
  probability > 0 && probability < 0.005 ? '<1%' : `${Math.round(probability * 100)}%`;

/** The report's conclusion in words: the leading candidates with probabilities, and the outcome. */
function conclusionOf(report: ReportForExport): string {
  const title = report.title.trim();
  const leading = report.differential.slice(0, CANDIDATES_IN_CONCLUSION);
  const more = report.differential.length - leading.length;
  const candidates = leading
    .map(
      (candidate) =>
        `${candidate.rank}. ${candidate.label.trim()} (${percent(candidate.probability)})`,
    )
    .join('; ');
  const lines = [
    `Ranked differential from the Consilium crowd${title ? ` for "${title}"` : ''}, ` +
      `closed ${report.closedAt.slice(0, 10)}: ` +
      (candidates ? `${candidates}${more > 0 ? `; and ${more} more` : ''}.` : 'no candidates.'),
  ];
  if (report.confirmed) {
    const { label, confirmedOn, collectiveRank } = report.confirmed;
    lines.push(
      `Confirmed diagnosis: ${label.trim()}${confirmedOn ? ` (${confirmedOn})` : ''}. ` +
        collectiveRankText(collectiveRank),
    );
  }
  return lines.join('\n');
}
