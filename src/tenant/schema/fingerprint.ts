import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

/**
 * Why a fingerprint: loading must stay near the floor of JSON.parse + JSON.stringify (issue 5's
 * target is 2x that for a 100,000-user, 100+ MB tenant), and zod-validating every user of such a
 * file costs about as much as parsing it. The store writes every snapshot from validated
 * in-memory state, so after each save it records the SHA-256 of the bytes it wrote in
 * `<file>.validated`. On open the file's bytes are hashed (about 70 ms per 100 MB with SHA-NI,
 * a few percent of the parse): if the hash matches, only the structure is checked
 * (validateStructure); if it differs (a hand edit, another tool, a copy without the sidecar), the
 * file is validated in full. Lazy per-record validation was the alternative, but it would turn a
 * bad record into an error in the middle of a script run instead of one clear error at open.
 */
export const sha256 = (bytes: Buffer | string): string => createHash('sha256').update(bytes).digest('hex');

export const fingerprintPath = (tenantPath: string): string => `${tenantPath}.validated`;

export interface Fingerprint {
  readonly sha256: string;
  readonly schemaVersion: number;
}

export function readFingerprint(tenantPath: string): Fingerprint | null {
  try {
    const parsed: unknown = JSON.parse(readFileSync(fingerprintPath(tenantPath), 'utf8'));
    if (typeof parsed === 'object' && parsed !== null && typeof (parsed as Fingerprint).sha256 === 'string') {
      return parsed as Fingerprint;
    }
  } catch {
    // A missing or unreadable sidecar only means the file gets fully validated.
  }
  return null;
}
