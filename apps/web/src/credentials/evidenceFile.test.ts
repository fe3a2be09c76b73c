// Evidence files are checked before upload with the same limits the server applies.
import { describe, expect, it } from 'vitest';
import { EVIDENCE_MAX_BYTES } from '@consilium/api';
import { refuseEvidenceFile } from './evidenceFile';

describe('refuseEvidenceFile', () => {
  it('accepts PDF, JPEG, PNG and WebP files up to 10 MB', () => {
    for (const type of ['application/pdf', 'image/jpeg', 'image/png', 'image/webp']) {
      expect(refuseEvidenceFile({ type, size: EVIDENCE_MAX_BYTES })).toBeNull();
    }
  });

  it('refuses other types, larger files and empty ones', () => {
    expect(refuseEvidenceFile({ type: 'image/gif', size: 10 })).toBe('wrong-type');
    expect(refuseEvidenceFile({ type: '', size: 10 })).toBe('wrong-type');
    expect(refuseEvidenceFile({ type: 'image/png', size: EVIDENCE_MAX_BYTES + 1 })).toBe(
      'too-large',
    );
    expect(refuseEvidenceFile({ type: 'image/png', size: 0 })).toBe('empty');
  });
});
