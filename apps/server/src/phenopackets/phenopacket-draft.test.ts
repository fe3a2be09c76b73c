// What a phenopacket becomes: a valid draft of its subject and findings, never its diagnosis.
import type { Phenopacket } from '@consilium/api';
import { PatientQuestionnaireDraftSchema, PhenopacketSchema } from '@consilium/api';
import { describe, expect, it } from 'vitest';
import { Invalid } from '../platform/errors.js';
import { ageBandOf, parseIsoDuration, timeBetween } from './phenopacket-age.js';
import { draftOfPhenopacket, outcomeOfPhenopacket } from './phenopacket-draft.js';

function packetOf(raw: object): Phenopacket {
  return PhenopacketSchema.parse(raw);
}

const feature = (id: string, label: string, extra: object = {}) => ({
  type: { id, label },
  ...extra,
});

const aPacket = (extra: object = {}) =>
  packetOf({
    id: 'example-1',
    subject: {
      id: 'proband',
      sex: 'FEMALE',
      timeAtLastEncounter: { age: { iso8601duration: 'P3Y6M' } },
    },
    phenotypicFeatures: [
      feature('HP:0001250', 'Seizure', {
        onset: { age: { iso8601duration: 'P1Y' } },
        severity: { id: 'HP:0012828', label: 'Severe' },
      }),
      feature('HP:0001263', 'Global developmental delay'),
      feature('HP:0000252', 'Microcephaly', { excluded: true }),
    ],
    diseases: [
      { term: { id: 'OMIM:300672', label: 'Developmental and epileptic encephalopathy 2' } },
    ],
    ...extra,
  });

function failureOf(action: () => unknown): Invalid {
  try {
    action();
  } catch (error) {
    if (error instanceof Invalid) return error;
    throw error;
  }
  throw new Error('expected the packet to be refused');
}

describe('ages in a phenopacket', () => {
  it('reads ISO 8601 durations and refuses anything else', () => {
    expect(parseIsoDuration('P3Y6M')).toEqual({ years: 3, months: 6, weeks: 0, days: 0 });
    expect(parseIsoDuration('P2W3D')).toEqual({ years: 0, months: 0, weeks: 2, days: 3 });
    expect(parseIsoDuration('P1DT12H')).toEqual({ years: 0, months: 0, weeks: 0, days: 1 });
    for (const bad of ['P', '3Y', 'P3.5Y', 'P1Y-2M', 'Adult onset', ''])
      expect(parseIsoDuration(bad), bad).toBeUndefined();
  });

  it('puts an age in its band at the band edges', () => {
    const band = (iso: string) =>
      ageBandOf(parseIsoDuration(iso) ?? { years: -1, months: 0, weeks: 0, days: 0 });
    expect(
      ['P7D', 'P1Y11M', 'P2Y', 'P5Y11M', 'P6Y', 'P12Y', 'P13Y', 'P17Y11M', 'P18Y'].map(band),
    ).toEqual(['0-1', '0-1', '2-5', '2-5', '6-12', '6-12', '13-17', '13-17', '18-29']);
    expect(
      ['P29Y', 'P30Y', 'P44Y', 'P45Y', 'P59Y', 'P60Y', 'P74Y', 'P75Y', 'P101Y'].map(band),
    ).toEqual(['18-29', '30-44', '30-44', '45-59', '45-59', '60-74', '60-74', '75+', '75+']);
  });

  it('says how long before the last encounter a finding began', () => {
    const between = (onset: string, last: string) =>
      timeBetween(
        parseIsoDuration(onset) ?? { years: 0, months: 0, weeks: 0, days: 0 },
        parseIsoDuration(last) ?? { years: 0, months: 0, weeks: 0, days: 0 },
      );
    expect(between('P1Y', 'P3Y6M')).toEqual({ value: 30, unit: 'months' });
    expect(between('P1Y', 'P13Y')).toEqual({ value: 12, unit: 'years' });
    expect(between('P3D', 'P10D')).toEqual({ value: 7, unit: 'days' });
    expect(between('P10D', 'P2M')).toEqual({ value: 7, unit: 'weeks' });
    expect(between('P1W', 'P6M')).toEqual({ value: 6, unit: 'months' });
    // An onset after the last encounter is inconsistent: no answer rather than a wrong one.
    expect(between('P5Y', 'P3Y')).toBeUndefined();
  });
});

describe('a phenopacket as a draft', () => {
  it('maps the subject, the observed findings and the ones ruled out', () => {
    const draft = draftOfPhenopacket(aPacket());
    expect(PatientQuestionnaireDraftSchema.safeParse(draft).error).toBeUndefined();
    expect(draft.about).toEqual({ sex: 'female', ageBand: '2-5' });
    expect(draft.symptoms).toEqual({
      symptoms: [
        {
          description: 'Seizure',
          hpo: { id: 'HP:0001250', label: 'Seizure' },
          onsetAgo: { value: 30, unit: 'months' },
          severity: 8,
        },
        {
          description: 'Global developmental delay',
          hpo: { id: 'HP:0001263', label: 'Global developmental delay' },
        },
      ],
      ruledOutFindings: [
        { description: 'Microcephaly', hpo: { id: 'HP:0000252', label: 'Microcephaly' } },
      ],
    });
    expect(draft.question).toBeUndefined();
  });

  it('titles and summarises the case from its findings', () => {
    const { complaint } = draftOfPhenopacket(aPacket());
    expect(complaint).toEqual({
      title: 'Imported phenopacket: Seizure, Global developmental delay',
      chiefComplaint:
        'A 3-year-old female with 2 observed findings recorded in a GA4GH phenopacket: Seizure, Global developmental delay. 1 finding was checked and found absent.',
    });
    const many = Array.from({ length: 14 }, (_, index) =>
      feature(
        `HP:00000${String(index + 10)}`,
        `A rather long finding name number ${String(index)}`,
      ),
    );
    const summary = draftOfPhenopacket(
      packetOf({
        id: 'x',
        subject: { sex: 'MALE', timeAtLastEncounter: { age: { iso8601duration: 'P8M' } } },
        phenotypicFeatures: many,
      }),
    ).complaint;
    expect(summary?.title?.length).toBeLessThanOrEqual(120);
    expect(summary?.title).toMatch(/…$/);
    expect(summary?.chiefComplaint).toMatch(/^An 8-month-old male with 14 observed findings/);
    expect(summary?.chiefComplaint).toContain('and 4 more.');
  });

  it('leaves out what the packet does not say', () => {
    const draft = draftOfPhenopacket(
      packetOf({ id: 'bare', phenotypicFeatures: [feature('ORPHA:1', 'Not an HPO term')] }),
    );
    expect(draft.about).toEqual({});
    expect(draft.symptoms?.symptoms).toEqual([{ description: 'Not an HPO term' }]);
    expect(draft.complaint?.chiefComplaint).toMatch(/^A person with 1 observed finding/);
    expect(PatientQuestionnaireDraftSchema.safeParse(draft).error).toBeUndefined();
    const unknownSex = draftOfPhenopacket(packetOf({ id: 'u', subject: { sex: 'UNKNOWN_SEX' } }));
    expect(unknownSex.about).toEqual({ sex: 'undisclosed' });
    expect(draftOfPhenopacket(packetOf({ id: 'o', subject: { sex: 'OTHER_SEX' } })).about).toEqual({
      sex: 'intersex',
    });
  });

  it('never carries the diagnosis into the draft', () => {
    const packet = aPacket({
      interpretations: [
        { id: 'i', diagnosis: { disease: { id: 'MONDO:0100062', label: 'Dravet-like disorder' } } },
      ],
    });
    const text = JSON.stringify(draftOfPhenopacket(packet)).toLowerCase();
    for (const secret of [
      'OMIM:300672',
      'Developmental and epileptic encephalopathy',
      'MONDO:0100062',
      'Dravet',
    ])
      expect(text).not.toContain(secret.toLowerCase());
  });

  it('refuses more findings than a case holds, naming the field', () => {
    const features = Array.from({ length: 101 }, () => feature('HP:0001250', 'Seizure'));
    const error = failureOf(() =>
      draftOfPhenopacket(packetOf({ id: 'big', phenotypicFeatures: features })),
    );
    expect(error.errors).toEqual([
      { field: 'body.packet.phenotypicFeatures', message: 'At most 100 observed features' },
    ]);
  });

  it('refuses a feature with neither label nor id, naming it', () => {
    const error = failureOf(() =>
      draftOfPhenopacket(
        packetOf({
          id: 'x',
          phenotypicFeatures: [feature('HP:0001250', 'Seizure'), feature('', '')],
        }),
      ),
    );
    expect(error.errors?.[0]?.field).toBe('body.packet.phenotypicFeatures.1.type');
  });
});

describe("a phenopacket's diagnosis", () => {
  it('is its first disease that is not excluded, coded by its prefix', () => {
    const packet = aPacket({
      diseases: [
        { term: { id: 'OMIM:100000', label: 'Ruled out first' }, excluded: true },
        { term: { id: 'MONDO:0007525', label: 'Holt-Oram syndrome' } },
      ],
    });
    expect(outcomeOfPhenopacket(packet)).toEqual({
      diagnosis: 'Holt-Oram syndrome',
      system: 'MONDO',
      code: '0007525',
    });
  });

  it("falls back to an interpretation's diagnosis, and keeps an unprefixed id uncoded", () => {
    const packet = aPacket({
      diseases: [],
      interpretations: [{ id: 'i', diagnosis: { disease: { id: 'local-42' } } }],
    });
    expect(outcomeOfPhenopacket(packet)).toEqual({
      diagnosis: 'local-42',
      system: null,
      code: null,
    });
  });

  it('is refused when there is none, naming the diseases field', () => {
    const error = failureOf(() => outcomeOfPhenopacket(aPacket({ diseases: undefined })));
    expect(error.errors?.[0]?.field).toBe('body.packet.diseases');
  });
});
