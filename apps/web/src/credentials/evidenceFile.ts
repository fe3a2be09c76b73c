// What the server accepts as an evidence file, checked before anything is uploaded.
import { EVIDENCE_MAX_BYTES, EVIDENCE_TYPES } from '@consilium/api';

export type EvidenceRefusal = 'wrong-type' | 'too-large' | 'empty';

/** Why this file cannot be the evidence, or null when it can. */
export function refuseEvidenceFile(file: Pick<File, 'type' | 'size'>): EvidenceRefusal | null {
  if (!EVIDENCE_TYPES.some((type) => type === file.type)) return 'wrong-type';
  if (file.size > EVIDENCE_MAX_BYTES) return 'too-large';
  if (file.size === 0) return 'empty';
  return null;
}

const TYPE_NAMES: Record<string, string> = {
  'application/pdf': 'PDF',
  'image/jpeg': 'JPEG',
  'image/png': 'PNG',
  'image/webp': 'WebP',
};

/** The short name of a file format, e.g. "PDF" for application/pdf. */
export function evidenceTypeName(contentType: string): string {
  return TYPE_NAMES[contentType] ?? contentType;
}

/** The value of a file input's accept attribute. */
export const EVIDENCE_ACCEPT = EVIDENCE_TYPES.join(',');
