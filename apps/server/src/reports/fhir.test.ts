// What the FHIR export says: the report, the findings, each candidate and the outcome coded in the
// right systems, linked inside the bundle, the same every time, and nothing about the members.
import type { Bundle, Condition, Extension, Reference } from '@medplum/fhirtypes';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { toFhirBundle } from './fhir.js';
import type { ReportForExport } from './fhir.js';
import { aMinimalReport, aRealisticReport, reportArbitrary, resourcesOf } from './fhir.fixtures.js';

const options = { baseUrl: 'https://consilium.example/', generatedAt: '2026-04-21T10:00:00.000Z' };
const EXTENSIONS = 'https://consilium.example/fhir/StructureDefinition';
const VERIFICATION = 'http://terminology.hl7.org/CodeSystem/condition-ver-status';

const exported = (report: ReportForExport = aRealisticReport()) => toFhirBundle(report, options);
const only = <T>(values: T[]): T => {
  expect(values).toHaveLength(1);
  return values[0] as T;
};
const extension = (resource: { extension?: Extension[] }, name: string) =>
  resource.extension?.find((item) => item.url === `${EXTENSIONS}/${name}`);
const candidatesOf = (bundle: Bundle) =>
  resourcesOf(bundle, 'Condition').filter(
    (condition) => condition.verificationStatus?.coding?.[0]?.code === 'differential',
  );
const confirmedOf = (bundle: Bundle) =>
  resourcesOf(bundle, 'Condition').find(
    (condition) => condition.verificationStatus?.coding?.[0]?.code === 'confirmed',
  );

/** Every Reference anywhere in a value. */
function referencesIn(value: unknown): Reference[] {
  if (Array.isArray(value)) return value.flatMap(referencesIn);
  if (typeof value !== 'object' || value === null) return [];
  const own =
    'reference' in value && typeof value.reference === 'string' ? [value as Reference] : [];
  return [...own, ...Object.values(value).flatMap(referencesIn)];
}

describe('the diagnostic report', () => {
  test('is final, a LOINC consult note about the patient, issued when the case closed', () => {
    const bundle = exported();
    const report = only(resourcesOf(bundle, 'DiagnosticReport'));
    const patient = only(resourcesOf(bundle, 'Patient'));
    expect(report.status).toBe('final');
    expect(report.code.coding).toEqual([
      { system: 'http://loinc.org', code: '11488-4', display: 'Consult note' },
    ]);
    expect(report.subject).toEqual({ reference: `urn:uuid:${patient.id}`, type: 'Patient' });
    expect(report.issued).toBe('2026-03-31T18:20:00.000Z');
    expect(report.category).toEqual([{ text: 'Neurology' }]);
    expect(bundle.type).toBe('collection');
    expect(bundle.timestamp).toBe(options.generatedAt);
  });

  test('lists every finding as a result and every coded candidate, in rank order, as a conclusion code', () => {
    const bundle = exported();
    const report = only(resourcesOf(bundle, 'DiagnosticReport'));
    const findings = resourcesOf(bundle, 'Observation').filter((o) => o.code.text !== 'Age');
    expect(report.result?.map((result) => result.reference)).toEqual(
      findings.map((finding) => `urn:uuid:${finding.id}`),
    );
    expect(report.conclusionCode?.map((concept) => concept.coding?.[0]?.code)).toEqual([
      'DOID:893',
      'G25.0',
      'MONDO:0005301',
      '602629',
      '248111',
    ]);
  });

  test('concludes in words with the leading candidates, their probabilities and the outcome', () => {
    const { conclusion } = only(resourcesOf(exported(), 'DiagnosticReport'));
    expect(conclusion).toContain('1. Wilson disease (46%); 2. Essential tremor (22%)');
    expect(conclusion).toContain('4. Tremor from a medication (10%)');
    expect(conclusion).toContain('and 1 more.');
    expect(conclusion).toContain('Confirmed diagnosis: Wilson disease (2026-04-20)');
  });
});

describe('each candidate of the differential', () => {
  test('is a Condition with verification status "differential", one per candidate in rank order', () => {
    const candidates = candidatesOf(exported());
    expect(candidates.map((c) => c.code?.text)).toEqual(
      aRealisticReport().differential.map((c) => c.label),
    );
    for (const candidate of candidates) {
      expect(candidate.verificationStatus?.coding).toEqual([
        { system: VERIFICATION, code: 'differential', display: 'Differential' },
      ]);
      expect(candidate.clinicalStatus?.coding?.[0]?.code).toBe('active');
    }
  });

  test.each([
    ['DOID:893', 'http://purl.obolibrary.org/obo/doid.owl', 'DOID:893'],
    ['ICD10CM:G25.0', 'http://hl7.org/fhir/sid/icd-10-cm', 'G25.0'],
    ['MONDO:0005301', 'http://purl.obolibrary.org/obo/mondo.owl', 'MONDO:0005301'],
    ['OMIM:602629', 'http://www.omim.org', '602629'],
    ['ORPHA:248111', 'https://www.orpha.net', '248111'],
    ['SNOMEDCT:88518009', 'http://snomed.info/sct', '88518009'],
  ])('%s is coded in %s as %s', (conceptId, system, code) => {
    const report = aMinimalReport();
    report.differential = [
      { ...(report.differential[0] as ReportForExport['differential'][number]), conceptId },
    ];
    const candidate = only(candidatesOf(exported(report)));
    expect(candidate.code?.coding).toEqual([{ system, code, display: 'Contact dermatitis' }]);
  });

  test.each([null, 'GARD:6806', 'OMIMPS:105400', 'OMIM:12', 'DOID:', 'ICD10CM:not-a-code'])(
    'a candidate with concept id %s keeps only its label',
    (conceptId) => {
      const report = aMinimalReport();
      report.differential = [
        { ...(report.differential[0] as ReportForExport['differential'][number]), conceptId },
      ];
      const bundle = exported(report);
      expect(only(candidatesOf(bundle)).code).toEqual({ text: 'Contact dermatitis' });
      expect(only(resourcesOf(bundle, 'DiagnosticReport')).conclusionCode).toBeUndefined();
    },
  );

  test('carries its rank, probability and support by tier as extensions, and the report as evidence', () => {
    const bundle = exported();
    const [wilson] = candidatesOf(bundle) as [Condition];
    const report = only(resourcesOf(bundle, 'DiagnosticReport'));
    expect(extension(wilson, 'differential-rank')?.valuePositiveInt).toBe(1);
    expect(extension(wilson, 'differential-probability')?.valueDecimal).toBe(0.46);
    expect(extension(wilson, 'crowd-support')?.extension).toEqual([
      { url: 'specialist', valueUnsignedInt: 3 },
      { url: 'professional', valueUnsignedInt: 2 },
      { url: 'student', valueUnsignedInt: 1 },
      { url: 'detective', valueUnsignedInt: 4 },
    ]);
    expect(wilson.evidence).toEqual([
      { detail: [{ reference: `urn:uuid:${report.id}`, type: 'DiagnosticReport' }] },
    ]);
  });

  test('notes its support, rationale, references (PubMed links for PMIDs) and next steps', () => {
    const [wilson] = candidatesOf(exported()) as [Condition];
    expect(wilson.note?.map((note) => note.text)).toEqual([
      'Supported by 3 specialists, 2 professionals, 1 student and 4 detectives.',
      'Rationale: Young adult with a new tremor and fine-motor decline: copper metabolism first.',
      'References: PMID 18506894 (https://pubmed.ncbi.nlm.nih.gov/18506894/); ' +
        'https://www.ncbi.nlm.nih.gov/books/NBK1512/',
      'Suggested next steps: Serum ceruloplasmin; 24-hour urinary copper; Slit-lamp examination',
    ]);
  });
});

describe('the confirmed diagnosis', () => {
  test('is a confirmed Condition recorded on the day it was confirmed, related to the candidate the crowd ranked', () => {
    const bundle = exported();
    const confirmed = confirmedOf(bundle);
    const [wilson] = candidatesOf(bundle) as [Condition];
    expect(confirmed?.verificationStatus?.coding).toEqual([
      { system: VERIFICATION, code: 'confirmed', display: 'Confirmed' },
    ]);
    expect(confirmed?.code?.coding).toEqual([
      {
        system: 'http://purl.obolibrary.org/obo/doid.owl',
        code: 'DOID:893',
        display: 'Wilson disease',
      },
    ]);
    expect(confirmed?.recordedDate).toBe('2026-04-20');
    expect(confirmed?.extension).toEqual([
      {
        url: 'http://hl7.org/fhir/StructureDefinition/condition-related',
        valueReference: { reference: `urn:uuid:${wilson.id}`, type: 'Condition' },
      },
    ]);
    expect(confirmed?.note?.map((note) => note.text)).toEqual([
      'Confirmed on 2026-04-20; method: genetic testing (ATP7B).',
      'The crowd ranked it #1 in its differential.',
    ]);
  });

  test('that the crowd missed is related to no candidate, and says so', () => {
    const report = aRealisticReport();
    report.confirmed = {
      ...(report.confirmed as NonNullable<ReportForExport['confirmed']>),
      collectiveRank: null,
    };
    const confirmed = confirmedOf(exported(report));
    expect(confirmed?.extension).toBeUndefined();
    expect(confirmed?.note?.[1]?.text).toBe("It was not in the crowd's differential.");
  });

  test('recorded without a date or method has no recorded date and notes only the rank', () => {
    const report = aRealisticReport();
    report.confirmed = {
      ...(report.confirmed as NonNullable<ReportForExport['confirmed']>),
      method: null,
      confirmedOn: null,
    };
    const confirmed = confirmedOf(exported(report));
    expect(confirmed?.recordedDate).toBeUndefined();
    expect(confirmed?.note?.map((note) => note.text)).toEqual([
      'The crowd ranked it #1 in its differential.',
    ]);
  });

  test('is absent when the case has no outcome', () => {
    expect(confirmedOf(exported(aMinimalReport()))).toBeUndefined();
  });
});

describe('the findings and the patient', () => {
  test('a finding is an HPO-coded Observation whose value says present or absent, with its onset', () => {
    const findings = resourcesOf(exported(), 'Observation').filter((o) => o.code.text !== 'Age');
    const [tremor, , handwriting, fever] = findings;
    expect(tremor?.code.coding).toEqual([
      { system: 'http://human-phenotype-ontology.org', code: 'HP:0001337', display: 'Tremor' },
    ]);
    expect(tremor?.status).toBe('final');
    expect(tremor?.valueCodeableConcept?.coding?.[0]).toMatchObject({
      code: 'LA9633-4',
      display: 'Present',
    });
    expect(tremor?.component).toEqual([
      {
        code: expect.objectContaining({
          coding: [expect.objectContaining({ code: 'HP:0003674' })],
        }) as unknown,
        valueString: '6 months ago',
      },
    ]);
    expect(fever?.valueCodeableConcept?.coding?.[0]).toMatchObject({
      code: 'LA9634-2',
      display: 'Absent',
    });
    expect(handwriting?.code).toEqual({ text: 'Handwriting got messy' });
  });

  test('findings of a patient case are survey answers; those of a clinical case are exam findings', () => {
    const patientCase = aRealisticReport();
    const clinicalCase = { ...aRealisticReport(), kind: 'clinical' as const };
    const categoryOf = (report: ReportForExport) =>
      resourcesOf(exported(report), 'Observation').map((o) => o.category?.[0]?.coding?.[0]?.code);
    expect(new Set(categoryOf(patientCase))).toEqual(new Set(['survey']));
    expect(new Set(categoryOf(clinicalCase))).toEqual(new Set(['exam']));
  });

  test('the patient has a gender and nothing else; the age band is an Age observation with a range', () => {
    const bundle = exported();
    const patient = only(resourcesOf(bundle, 'Patient'));
    expect(patient).toEqual({ resourceType: 'Patient', id: patient.id, gender: 'female' });
    const age = only(resourcesOf(bundle, 'Observation').filter((o) => o.code.text === 'Age'));
    expect(age.code.coding?.[0]).toMatchObject({ system: 'http://loinc.org', code: '30525-0' });
    expect(age.valueRange?.low).toMatchObject({
      value: 18,
      system: 'http://unitsofmeasure.org',
      code: 'a',
    });
    expect(age.valueRange?.high).toMatchObject({ value: 29, code: 'a' });
  });

  test('an exact age is a quantity in years; no age gives no age observation', () => {
    const known = aRealisticReport();
    known.patient = { sex: null, ageYears: 24, ageBand: '18-29' };
    const ages = resourcesOf(exported(known), 'Observation').filter((o) => o.code.text === 'Age');
    expect(only(ages).valueQuantity).toEqual({
      value: 24,
      unit: 'years',
      system: 'http://unitsofmeasure.org',
      code: 'a',
    });
    expect(only(resourcesOf(exported(known), 'Patient')).gender).toBeUndefined();
    const unknown = resourcesOf(exported(aMinimalReport()), 'Observation');
    expect(unknown).toEqual([]);
  });
});

describe('the bundle as a whole', () => {
  test('every reference points to an entry of the type it names', () => {
    fc.assert(
      fc.property(reportArbitrary, (report) => {
        const bundle = exported(report);
        const typeAt = new Map(bundle.entry?.map((e) => [e.fullUrl, e.resource?.resourceType]));
        expect(typeAt.size).toBe(bundle.entry?.length);
        for (const reference of referencesIn(bundle.entry)) {
          expect(typeAt.get(reference.reference)).toBe(reference.type);
        }
      }),
    );
  });

  test('the same report always gives the same bundle; another case gives other ids', () => {
    fc.assert(
      fc.property(reportArbitrary, fc.uuid(), (report, otherCaseId) => {
        const bundle = exported(report);
        expect(exported(structuredClone(report))).toEqual(bundle);
        fc.pre(otherCaseId !== report.caseId);
        const other = exported({ ...report, caseId: otherCaseId });
        const ids = new Set(bundle.entry?.map((e) => e.fullUrl));
        expect(other.entry?.some((e) => ids.has(e.fullUrl))).toBe(false);
      }),
    );
  });

  test("no member's id reaches the bundle, even when the server's objects carry them", () => {
    fc.assert(
      fc.property(reportArbitrary, fc.uuid(), (report, memberId) => {
        // Structural typing lets richer objects through: a candidate mapped from a row may
        // still hold who proposed it. The export must copy fields, never whole objects.
        const carrying = <T extends object>(value: T) => ({
          ...value,
          authorId: memberId,
          memberIds: [memberId],
        });
        const leaky: ReportForExport = carrying({
          ...report,
          patient: carrying(report.patient),
          symptoms: report.symptoms.map(carrying),
          differential: report.differential.map((c) =>
            carrying({ ...c, support: carrying(c.support) }),
          ),
          confirmed: report.confirmed && carrying(report.confirmed),
        });
        const json = JSON.stringify(exported(leaky));
        expect(json).not.toContain(memberId);
        expect(json).not.toMatch(/authorId|memberIds/);
      }),
    );
  });
});
