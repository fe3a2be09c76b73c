// The exported bundle against the official FHIR R4 definitions: valid for realistic, minimal and
// random reports, and the validators shown to reject what is broken (so a pass means something).
import type { Bundle, Condition, DiagnosticReport } from '@medplum/fhirtypes';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { toFhirBundle } from './fhir.js';
import { aMinimalReport, aRealisticReport, reportArbitrary, resourcesOf } from './fhir.fixtures.js';
import { errorsIn, validateR4 } from './r4-validator.js';
import type { ValidationIssue } from './r4-validator.js';

const options = { baseUrl: 'https://consilium.example', generatedAt: '2026-04-21T10:00:00.000Z' };

/** LOINC and SNOMED CT value sets of example and preferred bindings, which need a terminology server. */
const VALUE_SETS_NOT_SHIPPED = ['report-codes', 'clinical-findings', 'observation-codes'].map(
  (name) => `http://hl7.org/fhir/ValueSet/${name}`,
);

/**
 * What the validators cannot know offline, rather than what is wrong with the bundle: Medplum
 * cannot tell the type of a urn:uuid reference (fhir.test.ts checks every reference instead), and
 * FHIR.js cannot expand the value sets above, so it notes them and warns about codes it cannot
 * find there. A code outside a required binding is an error, with the same message, and is never
 * excused; nor is a value set it lacks for a binding not listed above.
 */
const isOfflineLimit = ({ validator, severity, message }: ValidationIssue) =>
  (validator === 'medplum' &&
    severity === 'warning' &&
    message.startsWith('Invalid reference: got "urn:uuid:')) ||
  (validator === 'fhir.js' &&
    severity === 'warning' &&
    /^Code ".*" \(.*\) not found in value set$/.test(message)) ||
  (validator === 'fhir.js' &&
    severity === 'info' &&
    VALUE_SETS_NOT_SHIPPED.some((url) => message === `Value set "${url}" could not be found.`));

const problemsIn = (bundle: Bundle) => validateR4(bundle).filter((issue) => !isOfflineLimit(issue));

const firstOf = <T>(values: T[]): T => {
  const [first] = values;
  if (first === undefined) throw new Error('Expected at least one');
  return first;
};

describe('the FHIR export is valid R4', () => {
  test('a realistic report (coded and free-text candidates, a ruled-out finding, an outcome) has no errors or warnings', () => {
    expect(problemsIn(toFhirBundle(aRealisticReport(), options))).toEqual([]);
  });

  test('a minimal report (no findings, no outcome, unknown sex) has no errors or warnings', () => {
    expect(problemsIn(toFhirBundle(aMinimalReport(), options))).toEqual([]);
  });

  test('any report the server can give exports without validation errors', () => {
    fc.assert(
      fc.property(reportArbitrary, (report) => {
        expect(errorsIn(validateR4(toFhirBundle(report, options)))).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });
});

describe('the validators catch a broken bundle', () => {
  const brokenBundle = (breakIt: (bundle: Bundle) => void) => {
    const bundle = structuredClone(toFhirBundle(aRealisticReport(), options));
    breakIt(bundle);
    return errorsIn(validateR4(bundle));
  };

  test('a verificationStatus outside the required condition-ver-status value set', () => {
    const errors = brokenBundle((bundle) => {
      const candidate = firstOf(resourcesOf(bundle, 'Condition'));
      candidate.verificationStatus = {
        coding: [
          {
            system: 'http://terminology.hl7.org/CodeSystem/condition-ver-status',
            code: 'likely',
          },
        ],
      };
    });
    expect(errors).toContainEqual(
      expect.objectContaining({
        validator: 'fhir.js',
        path: 'Condition.verificationStatus',
        message: expect.stringContaining('"likely"') as unknown,
      }),
    );
  });

  test('a DiagnosticReport without its required status', () => {
    const errors = brokenBundle((bundle) => {
      const report: Partial<DiagnosticReport> = firstOf(resourcesOf(bundle, 'DiagnosticReport'));
      delete report.status;
    });
    expect(errors).toContainEqual(
      expect.objectContaining({
        validator: 'medplum',
        path: 'Bundle.entry[0].resource.status',
        message: 'Missing required property',
      }),
    );
  });

  test('a Condition breaking invariant con-5 (a clinical status on an entered-in-error record)', () => {
    const errors = brokenBundle((bundle) => {
      const candidate: Condition = firstOf(resourcesOf(bundle, 'Condition'));
      candidate.verificationStatus = {
        coding: [
          {
            system: 'http://terminology.hl7.org/CodeSystem/condition-ver-status',
            code: 'entered-in-error',
          },
        ],
      };
    });
    expect(errors.map((error) => error.message)).toContainEqual(
      expect.stringContaining('Constraint con-5 not met'),
    );
  });

  test('two entries with the same fullUrl (invariant bdl-7)', () => {
    const errors = brokenBundle((bundle) => {
      const [first, second] = bundle.entry ?? [];
      if (first && second) second.fullUrl = first.fullUrl;
    });
    expect(errors.map((error) => error.message)).toContainEqual(
      expect.stringContaining('Constraint bdl-7 not met'),
    );
  });

  test('an extension with neither a value nor nested extensions (invariant ext-1)', () => {
    const errors = brokenBundle((bundle) => {
      const candidate = firstOf(resourcesOf(bundle, 'Condition'));
      candidate.extension = [{ url: 'https://consilium.example/fhir/StructureDefinition/empty' }];
    });
    expect(errors.map((error) => error.message)).toContainEqual(
      expect.stringContaining('Constraint ext-1 not met'),
    );
  });

  test('a finding with a value of the wrong FHIR type', () => {
    const errors = brokenBundle((bundle) => {
      const finding = firstOf(resourcesOf(bundle, 'Observation'));
      Object.assign(finding, { valueQuantity: 'forty' });
    });
    expect(errors.length).toBeGreaterThan(0);
  });
});
