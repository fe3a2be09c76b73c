// Reports to export in tests (a realistic one, a minimal one, random ones for properties) and a
// way to read the resulting bundle.
import { AGE_BANDS } from '@consilium/api';
import fc from 'fast-check';
import type { Bundle, Resource } from '@medplum/fhirtypes';
import type { ReportForExport } from './fhir.js';

/** A closed neurology case with coded and free-text candidates, a ruled-out finding and an outcome. */
export function aRealisticReport(): ReportForExport {
  return {
    caseId: '0f8b6f0e-2d1c-4b8a-9a57-3c2f1e5d7a90',
    title: 'Tremor, clumsy handwriting and tiredness at 24',
    specialty: 'neurology',
    kind: 'patient',
    closedAt: '2026-03-31T18:20:00.000Z',
    patient: { sex: 'female', ageYears: null, ageBand: '18-29' },
    symptoms: [
      { id: 'HP:0001337', label: 'Tremor', present: true, onset: '6 months ago' },
      { id: 'HP:0012378', label: 'Fatigue', present: true, onset: null },
      { id: null, label: 'Handwriting got messy', present: true, onset: 'about a year ago' },
      { id: 'HP:0001945', label: 'Fever', present: false, onset: null },
    ],
    differential: [
      {
        rank: 1,
        label: 'Wilson disease',
        conceptId: 'DOID:893',
        probability: 0.46,
        support: { specialist: 3, professional: 2, student: 1, detective: 4 },
        rationaleExcerpts: [
          'Young adult with a new tremor and fine-motor decline: copper metabolism first.',
        ],
        references: [
          { kind: 'pmid', value: '18506894' },
          { kind: 'url', value: 'https://www.ncbi.nlm.nih.gov/books/NBK1512/' },
        ],
        nextSteps: ['Serum ceruloplasmin', '24-hour urinary copper', 'Slit-lamp examination'],
      },
      {
        rank: 2,
        label: 'Essential tremor',
        conceptId: 'ICD10CM:G25.0',
        probability: 0.22,
        support: { specialist: 1, professional: 2, student: 0, detective: 1 },
        rationaleExcerpts: ['Common, but the age and the fatigue argue against it.'],
        references: [],
        nextSteps: [],
      },
      {
        rank: 3,
        label: 'Multiple sclerosis',
        conceptId: 'MONDO:0005301',
        probability: 0.14,
        support: { specialist: 0, professional: 1, student: 2, detective: 0 },
        rationaleExcerpts: [],
        references: [],
        nextSteps: ['MRI of the brain with contrast'],
      },
      {
        rank: 4,
        label: 'Tremor from a medication',
        conceptId: null,
        probability: 0.1,
        support: { specialist: 0, professional: 1, student: 0, detective: 1 },
        rationaleExcerpts: ['Ask about valproate, lithium and salbutamol.'],
        references: [],
        nextSteps: [],
      },
      {
        rank: 5,
        label: 'Dystonia 6, torsion',
        conceptId: 'OMIM:602629',
        probability: 0.05,
        support: { specialist: 1, professional: 0, student: 0, detective: 0 },
        rationaleExcerpts: [],
        references: [],
        nextSteps: [],
      },
      {
        rank: 6,
        label: 'Juvenile Huntington disease',
        conceptId: 'ORPHA:248111',
        probability: 0.03,
        support: { specialist: 0, professional: 0, student: 1, detective: 0 },
        rationaleExcerpts: [],
        references: [],
        nextSteps: [],
      },
    ],
    confirmed: {
      label: 'Wilson disease',
      conceptId: 'DOID:893',
      method: 'genetic testing (ATP7B)',
      confirmedOn: '2026-04-20',
      collectiveRank: 1,
    },
  };
}

/** A case that closed with one free-text candidate, no findings, no outcome and no sex given. */
export function aMinimalReport(): ReportForExport {
  return {
    caseId: '7c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f',
    title: 'Recurring rash',
    specialty: null,
    kind: 'clinical',
    closedAt: '2026-02-01T09:00:00.000Z',
    patient: { sex: 'unknown', ageYears: null, ageBand: null },
    symptoms: [],
    differential: [
      {
        rank: 1,
        label: 'Contact dermatitis',
        conceptId: null,
        probability: 1,
        support: { specialist: 0, professional: 1, student: 0, detective: 0 },
        rationaleExcerpts: [],
        references: [],
        nextSteps: [],
      },
    ],
    confirmed: null,
  };
}

const text = fc.string({ minLength: 1, maxLength: 40 }).filter((value) => value.trim() !== '');
/** Free text as members type it, blank often enough to matter (FHIR strings may not be blank). */
const freeText = (maxLength: number) =>
  fc.oneof(
    fc.string({ maxLength }),
    fc.constantFrom('', ' ', '\n\t'),
    text.map((value) => ` ${value} `),
  );
const count = fc.integer({ min: 0, max: 50 });
const dateTime = fc
  .date({
    min: new Date('2020-01-01T00:00:00Z'),
    max: new Date('2030-12-31T23:59:59Z'),
    noInvalidDate: true,
  })
  .map((date) => date.toISOString());
const diagnosisId = fc.oneof(
  fc.constant(null),
  fc.integer({ min: 1, max: 99_999 }).map((n) => `DOID:${n}`),
  fc.integer({ min: 0, max: 9_999_999 }).map((n) => `MONDO:${String(n).padStart(7, '0')}`),
  fc.integer({ min: 100_000, max: 999_999 }).map((n) => `OMIM:${n}`),
  fc.integer({ min: 1, max: 999_999 }).map((n) => `ORPHA:${n}`),
  fc.constantFrom('ICD10CM:A00.0', 'ICD10CM:G25.0', 'ICD10CM:E83.01', 'ICD10CM:R51'),
);

const candidate = fc.record({
  label: text,
  conceptId: diagnosisId,
  probability: fc.double({ min: 0, max: 1, noNaN: true }),
  support: fc.record({ specialist: count, professional: count, student: count, detective: count }),
  rationaleExcerpts: fc.array(freeText(80), { maxLength: 3 }),
  references: fc.array(
    fc.record({
      kind: fc.constantFrom('url' as const, 'pmid' as const),
      value: fc.oneof(fc.webUrl(), fc.integer({ min: 1, max: 99_999_999 }).map(String)),
    }),
    { maxLength: 3 },
  ),
  nextSteps: fc.array(freeText(60), { maxLength: 3 }),
});

/** Any report the server could hand to the export. */
export const reportArbitrary: fc.Arbitrary<ReportForExport> = fc.record({
  caseId: fc.uuid(),
  title: freeText(120),
  specialty: fc.constantFrom(null, 'neurology', 'dermatology', 'a-retired-specialty'),
  kind: fc.constantFrom('patient' as const, 'clinical' as const, 'image' as const),
  closedAt: dateTime,
  patient: fc.record({
    sex: fc.constantFrom(
      null,
      'female' as const,
      'male' as const,
      'other' as const,
      'unknown' as const,
    ),
    ageYears: fc.option(fc.integer({ min: 0, max: 110 })),
    ageBand: fc.option(fc.constantFrom(...AGE_BANDS)),
  }),
  symptoms: fc.array(
    fc.record({
      id: fc.option(
        fc.integer({ min: 0, max: 9_999_999 }).map((n) => `HP:${String(n).padStart(7, '0')}`),
      ),
      label: text,
      present: fc.boolean(),
      onset: fc.option(freeText(30)),
    }),
    { maxLength: 6 },
  ),
  differential: fc
    .array(candidate, { maxLength: 8 })
    .map((candidates) => candidates.map((entry, index) => ({ ...entry, rank: index + 1 }))),
  confirmed: fc.option(
    fc.record({
      label: text,
      conceptId: diagnosisId,
      method: fc.option(freeText(40)),
      confirmedOn: fc.option(dateTime.map((value) => value.slice(0, 10))),
      collectiveRank: fc.option(fc.integer({ min: 1, max: 8 })),
    }),
  ),
});

/** The resources of one type in a bundle, in entry order. */
export function resourcesOf<K extends Resource['resourceType']>(
  bundle: Bundle,
  resourceType: K,
): Extract<Resource, { resourceType: K }>[] {
  return (bundle.entry ?? [])
    .map((entry) => entry.resource)
    .filter(
      (resource): resource is Extract<Resource, { resourceType: K }> =>
        resource?.resourceType === resourceType,
    );
}
