// Turns a GA4GH phenopacket into a patient questionnaire draft and, separately, its diagnosis.
// Only the subject and its phenotypic features reach the draft: diseases and interpretations
// (the answer) never do, so nothing a solver reads can give the diagnosis away.
import type {
  PatientQuestionnaireDraft,
  Phenopacket,
  RuledOutFinding,
  SEXES,
  Symptom,
} from '@consilium/api';
import { MAX_RULED_OUT_FINDINGS, MAX_SYMPTOMS, QUESTIONNAIRE_VERSION } from '@consilium/api';
import { z } from 'zod';
import { Invalid } from '../platform/errors.js';
import type { Duration } from './phenopacket-age.js';
import { ageBandOf, agePhraseOf, parseIsoDuration, timeBetween } from './phenopacket-age.js';

type Feature = NonNullable<Phenopacket['phenotypicFeatures']>[number];
type OntologyClass = Feature['type'];
type TimeElement = NonNullable<Feature['onset']>;
type Sex = (typeof SEXES)[number];

const SEX_OF: Record<string, Sex> = {
  MALE: 'male',
  FEMALE: 'female',
  OTHER_SEX: 'intersex',
  UNKNOWN_SEX: 'undisclosed',
};

/** HPO's severity classes on the questionnaire's 0–10 scale (Borderline has no fair number). */
const SEVERITY_OF: Record<string, number> = {
  'HP:0012825': 3, // Mild
  'HP:0012826': 5, // Moderate
  'HP:0012828': 8, // Severe
  'HP:0012829': 10, // Profound
};

const HPO_ID = /^HP:\d{7}$/;
const TITLE_MAX = 120;
const DESCRIPTION_MAX = 300;
const LABEL_MAX = 200;
/** Findings named in the summary; the rest are counted. */
const SUMMARY_FINDINGS = 10;

/** Cuts text to a length at a word boundary, marking the cut. */
function cut(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const head = flat.slice(0, max - 1);
  const lastSpace = head.lastIndexOf(' ');
  return `${(lastSpace > max * 0.6 ? head.slice(0, lastSpace) : head).replace(/[\s.,;:]+$/, '')}…`;
}

function ageOf(time: TimeElement | undefined): Duration | undefined {
  const iso = time?.age?.iso8601duration;
  return iso === undefined ? undefined : parseIsoDuration(iso);
}

/** A feature's words: its label, or its id when the packet gives no label. */
function wordsOf(term: OntologyClass): string {
  const label = term.label.trim();
  return label.length >= 2 ? label : term.id.trim();
}

function codedFinding(term: OntologyClass, where: string): RuledOutFinding {
  const description = cut(wordsOf(term), DESCRIPTION_MAX);
  if (description.length < 2)
    throw new Invalid('Each phenotypic feature needs a label or an id.', [
      { field: where, message: 'Give the feature a type with an id and a label' },
    ]);
  const id = term.id.trim();
  if (!HPO_ID.test(id)) return { description };
  return { description, hpo: { id, label: cut(wordsOf(term), LABEL_MAX) } };
}

function symptomOf(feature: Feature, where: string, lastEncounter: Duration | undefined): Symptom {
  const onset = ageOf(feature.onset);
  const onsetAgo =
    onset === undefined || lastEncounter === undefined
      ? undefined
      : timeBetween(onset, lastEncounter);
  const severity = SEVERITY_OF[feature.severity?.id ?? ''];
  return {
    ...codedFinding(feature.type, `${where}.type`),
    ...(onsetAgo === undefined ? {} : { onsetAgo }),
    ...(severity === undefined ? {} : { severity }),
  };
}

const FEATURES = 'body.packet.phenotypicFeatures';

function requireAtMost(count: number, max: number, what: string): void {
  if (count > max)
    throw new Invalid(`This phenopacket has ${count} ${what}; a case takes at most ${max}.`, [
      { field: FEATURES, message: `At most ${max} ${what}` },
    ]);
}

function listed(labels: readonly string[]): string {
  const named = labels.slice(0, SUMMARY_FINDINGS).join(', ');
  const more = labels.length - SUMMARY_FINDINGS;
  return more > 0 ? `${named} and ${more} more` : named;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** "A 13-year-old male", "An 8-month-old female", "A person". */
function subjectPhrase(sex: Sex | undefined, age: Duration | undefined): string {
  const noun = sex === 'male' || sex === 'female' ? sex : 'person';
  const words = age === undefined ? noun : `${agePhraseOf(age)} ${noun}`;
  return `${/^(8|11-|18-)/.test(words) ? 'An' : 'A'} ${words}`;
}

function complaintOf(
  sex: Sex | undefined,
  age: Duration | undefined,
  observed: readonly string[],
  excludedCount: number,
) {
  const subject = subjectPhrase(sex, age);
  const findings =
    observed.length === 0
      ? `${subject}, imported from a GA4GH phenopacket that records no observed findings.`
      : `${subject} with ${plural(observed.length, 'observed finding')} recorded in a GA4GH phenopacket: ${listed(observed)}.`;
  const absent =
    excludedCount === 0
      ? ''
      : ` ${plural(excludedCount, 'finding')} ${excludedCount === 1 ? 'was' : 'were'} checked and found absent.`;
  return {
    title: cut(
      `Imported phenopacket${observed.length > 0 ? `: ${observed.slice(0, 3).join(', ')}` : ''}`,
      TITLE_MAX,
    ),
    chiefComplaint: cut(`${findings}${absent}`, 5000),
  };
}

/**
 * The draft a packet becomes: about (sex, age band; the country is left for the importer),
 * complaint, and symptoms with the findings ruled out. The question is left for the importer.
 */
export function draftOfPhenopacket(packet: Phenopacket): PatientQuestionnaireDraft {
  const features = (packet.phenotypicFeatures ?? []).map((feature, index) => ({
    feature,
    where: `${FEATURES}.${index}`,
  }));
  const observed = features.filter(({ feature }) => feature.excluded !== true);
  const excluded = features.filter(({ feature }) => feature.excluded === true);
  requireAtMost(observed.length, MAX_SYMPTOMS, 'observed features');
  requireAtMost(excluded.length, MAX_RULED_OUT_FINDINGS, 'excluded features');
  const lastEncounter = ageOf(packet.subject?.timeAtLastEncounter);
  const sex = SEX_OF[packet.subject?.sex ?? ''];
  const symptoms = observed.map(({ feature, where }) => symptomOf(feature, where, lastEncounter));
  const ruledOutFindings = excluded.map(({ feature, where }) =>
    codedFinding(feature.type, `${where}.type`),
  );
  return {
    version: QUESTIONNAIRE_VERSION,
    about: {
      ...(sex === undefined ? {} : { sex }),
      ...(lastEncounter === undefined ? {} : { ageBand: ageBandOf(lastEncounter) }),
    },
    complaint: complaintOf(
      sex,
      lastEncounter,
      symptoms.map((symptom) => symptom.description),
      ruledOutFindings.length,
    ),
    symptoms: {
      symptoms,
      ...(ruledOutFindings.length === 0 ? {} : { ruledOutFindings }),
    },
  };
}

export interface ImportedOutcome {
  diagnosis: string;
  system: string | null;
  code: string | null;
}

/** A diagnosis in an interpretation (v2: interpretations[].diagnosis.disease). */
const InterpretationSchema = z.object({
  diagnosis: z.object({
    disease: z.object({ id: z.string().max(100), label: z.string().max(500).optional() }),
  }),
});

function outcomeOfTerm(term: { id: string; label?: string | undefined }): ImportedOutcome {
  const id = term.id.trim();
  const label = term.label?.trim() ?? '';
  // OMIM:142900 → system OMIM, code 142900; an id without a prefix stays uncoded.
  const colon = id.indexOf(':');
  const coded = colon > 0 && colon < id.length - 1;
  return {
    diagnosis: label === '' ? id : label,
    system: coded ? id.slice(0, colon) : null,
    code: coded ? id.slice(colon + 1) : null,
  };
}

/**
 * The packet's diagnosis to keep as the hidden outcome: its first disease not excluded, else the
 * first diagnosis of its interpretations.
 */
export function outcomeOfPhenopacket(packet: Phenopacket): ImportedOutcome {
  const disease = (packet.diseases ?? []).find(
    (item) => item.excluded !== true && item.term.id.trim() !== '',
  );
  if (disease !== undefined) return outcomeOfTerm(disease.term);
  for (const interpretation of packet.interpretations ?? []) {
    const parsed = InterpretationSchema.safeParse(interpretation);
    if (parsed.success && parsed.data.diagnosis.disease.id.trim() !== '')
      return outcomeOfTerm(parsed.data.diagnosis.disease);
  }
  throw new Invalid(
    'This phenopacket names no disease to keep as the confirmed diagnosis: import it with keepOutcome false, or add the disease to the packet.',
    [{ field: 'body.packet.diseases', message: 'Give at least one disease that is not excluded' }],
  );
}
