// Concept ids spelled one way per system, so the same disease from different sources compares
// equal: Disease Ontology's MIM: and ORDO:, Orphanet's IRIs, ICD-10-CM with or without its dot.
import { describe, expect, it } from 'vitest';
import { normaliseConceptId, splitConceptId } from './concept-ids.js';

describe('normaliseConceptId', () => {
  it('spells OMIM one way, and its phenotypic series apart', () => {
    expect(normaliseConceptId('MIM:152700')).toBe('OMIM:152700');
    expect(normaliseConceptId('OMIM:152700')).toBe('OMIM:152700');
    expect(normaliseConceptId('omim:#152700')).toBe('OMIM:152700');
    expect(normaliseConceptId('MIM:PS267700')).toBe('OMIMPS:267700');
    expect(normaliseConceptId('OMIMPS:267700')).toBe('OMIMPS:267700');
  });

  it('spells Orphanet one way, from its CURIEs and its IRIs', () => {
    for (const spelling of [
      'ORDO:536',
      'ORPHA:536',
      'Orphanet:536',
      'Orphanet:Orphanet_536',
      'Orphanet_536',
      'http://www.orpha.net/ORDO/Orphanet_536',
      '<http://www.orpha.net/ORDO/Orphanet_536>',
    ])
      expect(normaliseConceptId(spelling), spelling).toBe('ORPHA:536');
  });

  it('writes ICD-10-CM codes dotted and upper-cased, as Disease Ontology does', () => {
    expect(normaliseConceptId('ICD10CM:A000')).toBe('ICD10CM:A00.0');
    expect(normaliseConceptId('icd10cm:a00.0')).toBe('ICD10CM:A00.0');
    expect(normaliseConceptId('ICD-10-CM:M3210')).toBe('ICD10CM:M32.10');
    expect(normaliseConceptId('ICD10CM:A00')).toBe('ICD10CM:A00');
    expect(normaliseConceptId('ICD10CM:D47.Z2')).toBe('ICD10CM:D47.Z2');
  });

  it('maps the other prefixes of Disease Ontology and MONDO to one name each', () => {
    expect(normaliseConceptId('doid:9074')).toBe('DOID:9074');
    expect(normaliseConceptId('DOID:0050012')).toBe('DOID:0050012');
    expect(normaliseConceptId('SNOMEDCT_US_2025_09_01:80258006')).toBe('SNOMEDCT:80258006');
    expect(normaliseConceptId('SCTID:80258006')).toBe('SNOMEDCT:80258006');
    expect(normaliseConceptId('UMLS_CUI:C0024141')).toBe('UMLS:C0024141');
    expect(normaliseConceptId('NCI:C114354')).toBe('NCIT:C114354');
    expect(normaliseConceptId('MSH:D008180')).toBe('MESH:D008180');
    expect(normaliseConceptId('Mondo:0007915')).toBe('MONDO:0007915');
    expect(normaliseConceptId('gard:6038')).toBe('GARD:6038');
  });

  it('reads OBO Foundry IRIs as CURIEs', () => {
    expect(normaliseConceptId('http://purl.obolibrary.org/obo/DOID_9074')).toBe('DOID:9074');
    expect(normaliseConceptId('<http://purl.obolibrary.org/obo/MONDO_0007915>')).toBe(
      'MONDO:0007915',
    );
    expect(normaliseConceptId('DOID_9074')).toBe('DOID:9074');
  });

  it('keeps an unknown prefix, upper-cased, and trims around the id', () => {
    expect(normaliseConceptId('  kegg:H00080 ')).toBe('KEGG:H00080');
    expect(normaliseConceptId('ICDO:9680/3')).toBe('ICDO:9680/3');
  });

  it('answers null for text that is not an id', () => {
    for (const text of [
      'lupus',
      '',
      ':152700',
      'OMIM:',
      'OMIM: ',
      'url:http://en.wikipedia.org/wiki/Lupus',
      'https://omim.org/entry/152700',
      'two words:1',
      'OMIM:15 2700',
      'lupus_erythematosus',
    ])
      expect(normaliseConceptId(text), text).toBeNull();
  });

  it('is idempotent: a normalised id normalises to itself', () => {
    for (const raw of ['MIM:PS267700', 'ORDO:536', 'ICD10CM:A000', 'SNOMEDCT_US_2025_09_01:1']) {
      const once = normaliseConceptId(raw);
      expect(once === null ? null : normaliseConceptId(once)).toBe(once);
    }
  });
});

describe('splitConceptId', () => {
  it('splits at the first colon only', () => {
    expect(splitConceptId('DOID:9074')).toEqual({ system: 'DOID', code: '9074' });
    expect(splitConceptId('HP:0002315')).toEqual({ system: 'HP', code: '0002315' });
  });
});
