// The differential's candidates and the confirmed diagnosis as FHIR Conditions: coded where the
// concept is, ranked and weighed through Consilium extensions, explained in notes. Never says who
// proposed or supported a candidate: only how many of each tier.
import type {
  Annotation,
  Condition,
  DiagnosticReport,
  Extension,
  Patient,
  Reference,
} from '@medplum/fhirtypes';
import { SYSTEMS, diagnosisConcept, fixedConcept } from './fhir-terminology.js';

export interface CandidateForExport {
  rank: number;
  label: string;
  /** Normalised: DOID:1234, ICD10CM:A00.0, OMIM:123456, ORPHA:123, MONDO:0000001; null for free text. */
  conceptId: string | null;
  /** 0–1. */
  probability: number;
  /** How many members of each tier support it; never who. */
  support: { specialist: number; professional: number; student: number; detective: number };
  rationaleExcerpts: string[];
  references: { kind: 'url' | 'pmid'; value: string }[];
  nextSteps: string[];
}

export interface ConfirmedForExport {
  label: string;
  conceptId: string | null;
  /** How it was confirmed, in words (e.g. "genetic testing"); null when not recorded. */
  method: string | null;
  /** YYYY-MM-DD; null when not recorded. */
  confirmedOn: string | null;
  /** Where the crowd ranked it, or null when it was not in the differential. */
  collectiveRank: number | null;
}

/** What every Condition of one export points at. */
export interface ConditionContext {
  patient: Reference<Patient>;
  diagnosticReport: Reference<DiagnosticReport>;
  /** When the differential was final: the case's closing time. */
  closedAt: string;
  /** Where Consilium's extensions are named: {baseUrl}/fhir/StructureDefinition. */
  extensionBase: string;
}

const ACTIVE = fixedConcept(SYSTEMS.conditionClinical, 'active', 'Active');
const DIFFERENTIAL = fixedConcept(SYSTEMS.conditionVerification, 'differential', 'Differential');
const CONFIRMED = fixedConcept(SYSTEMS.conditionVerification, 'confirmed', 'Confirmed');
const RELATED = 'http://hl7.org/fhir/StructureDefinition/condition-related';

export function candidateCondition(
  candidate: CandidateForExport,
  context: ConditionContext,
): Condition {
  const code = diagnosisConcept(candidate.conceptId, candidate.label);
  const note = candidateNotes(candidate);
  return {
    resourceType: 'Condition',
    extension: candidateExtensions(candidate, context.extensionBase),
    clinicalStatus: ACTIVE,
    verificationStatus: DIFFERENTIAL,
    ...(code ? { code } : {}),
    subject: context.patient,
    recordedDate: context.closedAt,
    // The report is the basis of the candidate's "differential" status.
    evidence: [{ detail: [context.diagnosticReport] }],
    ...(note.length > 0 ? { note } : {}),
  };
}

function candidateExtensions(candidate: CandidateForExport, extensionBase: string): Extension[] {
  const url = (name: string) => `${extensionBase}/${name}`;
  const { specialist, professional, student, detective } = candidate.support;
  const tiers = { specialist, professional, student, detective };
  return [
    { url: url('differential-rank'), valuePositiveInt: candidate.rank },
    {
      url: url('differential-probability'),
      valueDecimal: Math.round(candidate.probability * 10_000) / 10_000,
    },
    {
      url: url('crowd-support'),
      extension: Object.entries(tiers).map(([tier, count]) => ({
        url: tier,
        valueUnsignedInt: count,
      })),
    },
  ];
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
const nonBlank = (texts: string[]) => texts.map((text) => text.trim()).filter(Boolean);

function candidateNotes(candidate: CandidateForExport): Annotation[] {
  const { specialist, professional, student, detective } = candidate.support;
  const support =
    `Supported by ${plural(specialist, 'specialist')}, ${plural(professional, 'professional')}, ` +
    `${plural(student, 'student')} and ${plural(detective, 'detective')}.`;
  const rationale = nonBlank(candidate.rationaleExcerpts).map((text) => `Rationale: ${text}`);
  const references = nonBlank(candidate.references.map(referenceText));
  const nextSteps = nonBlank(candidate.nextSteps);
  return [
    support,
    ...rationale,
    ...(references.length > 0 ? [`References: ${references.join('; ')}`] : []),
    ...(nextSteps.length > 0 ? [`Suggested next steps: ${nextSteps.join('; ')}`] : []),
  ].map((text) => ({ text }));
}

function referenceText(reference: CandidateForExport['references'][number]): string {
  const value = reference.value.trim();
  if (reference.kind === 'url' || value === '') return value;
  return `PMID ${value} (https://pubmed.ncbi.nlm.nih.gov/${encodeURIComponent(value)}/)`;
}

/** The confirmed diagnosis; related to the candidate the crowd ranked it as, when there was one. */
export function confirmedCondition(
  confirmed: ConfirmedForExport,
  context: ConditionContext,
  rankedCandidate: Reference<Condition> | undefined,
): Condition {
  const code = diagnosisConcept(confirmed.conceptId, confirmed.label);
  const method = confirmed.method?.trim();
  const { confirmedOn } = confirmed;
  const how = `Confirmed${confirmedOn ? ` on ${confirmedOn}` : ''}${method ? `; method: ${method}` : ''}.`;
  return {
    resourceType: 'Condition',
    ...(rankedCandidate ? { extension: [{ url: RELATED, valueReference: rankedCandidate }] } : {}),
    clinicalStatus: ACTIVE,
    verificationStatus: CONFIRMED,
    ...(code ? { code } : {}),
    subject: context.patient,
    ...(confirmedOn ? { recordedDate: confirmedOn } : {}),
    note: [
      ...(confirmedOn || method ? [{ text: how }] : []),
      { text: collectiveRankText(confirmed.collectiveRank) },
    ],
  };
}

export const collectiveRankText = (rank: number | null) =>
  rank === null
    ? "It was not in the crowd's differential."
    : `The crowd ranked it #${rank} in its differential.`;
