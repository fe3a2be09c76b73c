// Reading a phenopacket file in the browser before anything is sent: its size, whether it is JSON
// and a v2 phenopacket, and what the import will take from it (features, excluded features, sex,
// age and whether it names a diagnosis).
import { PhenopacketSchema } from '@consilium/api';
import type { Phenopacket } from '@consilium/api';

/** The largest file read: 1 MB. */
export const PHENOPACKET_MAX_BYTES = 1_000_000;

export interface PacketPreview {
  id: string;
  /** Labels of the features observed, in the packet's order. */
  features: string[];
  /** Labels of the features checked and found absent. */
  excluded: string[];
  sex: string | null;
  /** Age at the last encounter: an ISO 8601 duration or an ontology label. */
  age: { duration: string } | { label: string } | null;
  /** Diagnoses the packet names (never shown to solvers). */
  diagnoses: number;
}

export type PacketReading =
  | { kind: 'read'; packet: Phenopacket; preview: PacketPreview }
  | { kind: 'too-large' }
  | { kind: 'empty' }
  | { kind: 'not-json' }
  | { kind: 'not-phenopacket'; detail: string };

export function previewOf(packet: Phenopacket): PacketPreview {
  const features = packet.phenotypicFeatures ?? [];
  const labelOf = (feature: (typeof features)[number]) => feature.type.label || feature.type.id;
  const time = packet.subject?.timeAtLastEncounter;
  const age = time?.age
    ? { duration: time.age.iso8601duration }
    : time?.ontologyClass
      ? { label: time.ontologyClass.label || time.ontologyClass.id }
      : null;
  const diseases = (packet.diseases ?? []).filter((disease) => disease.excluded !== true);
  return {
    id: packet.id,
    features: features.filter((feature) => feature.excluded !== true).map(labelOf),
    excluded: features.filter((feature) => feature.excluded === true).map(labelOf),
    sex: packet.subject?.sex ?? null,
    age,
    diagnoses: Math.max(diseases.length, packet.interpretations?.length ?? 0),
  };
}

/** What a file's text holds: a phenopacket to preview, or why it cannot be imported. */
export function readPacketText(text: string): PacketReading {
  if (text.trim() === '') return { kind: 'empty' };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { kind: 'not-json' };
  }
  const parsed = PhenopacketSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
    return { kind: 'not-phenopacket', detail: `${where}${issue?.message ?? ''}` };
  }
  return { kind: 'read', packet: parsed.data, preview: previewOf(parsed.data) };
}

function textOf(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      resolve(typeof reader.result === 'string' ? reader.result : '');
    };
    reader.onerror = () => {
      reject(reader.error ?? new Error('The file could not be read.'));
    };
    reader.readAsText(file);
  });
}

/** Reads a chosen file (one over 1 MB is refused unread); rejects if the browser cannot read it. */
export async function readPacketFile(file: Blob): Promise<PacketReading> {
  if (file.size > PHENOPACKET_MAX_BYTES) return { kind: 'too-large' };
  if (file.size === 0) return { kind: 'empty' };
  return readPacketText(await textOf(file));
}

const DURATION = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?/;
type DurationUnit = 'years' | 'months' | 'weeks' | 'days';

/** The parts of an ISO 8601 duration ("P34Y6M") that have a value, largest first. */
export function durationParts(duration: string): { value: number; unit: DurationUnit }[] {
  const match = DURATION.exec(duration);
  if (!match) return [];
  const units: DurationUnit[] = ['years', 'months', 'weeks', 'days'];
  return units
    .map((unit, index) => ({ value: Number(match[index + 1] ?? 0), unit }))
    .filter((part) => part.value > 0);
}
