import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSample } from '../../../src/tenant/samples/index.js';
import { fingerprintPath } from '../../../src/tenant/schema/fingerprint.js';
import { compactJsonChunks } from '../../../src/tenant/store/compactJsonChunks.js';
import { createTenant } from '../../../src/tenant/Tenant.js';
import { T0, tempDir } from '../helpers/tenant.js';

const joined = (doc: object): string => [...compactJsonChunks(doc)].join('');

describe('compact snapshot text in pieces', () => {
  it('is JSON.stringify of the document, byte for byte', () => {
    const doc = buildSample({ users: 3000, seed: 'pieces', nowMs: T0 });
    const pieces = [...compactJsonChunks(doc)];
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces.join('')).toBe(JSON.stringify(doc));
  });

  it('leaves out undefined members and writes undefined elements as null, as JSON.stringify does', () => {
    const odd = { a: undefined, b: [1, undefined, 'x\u2028"'], c: [], d: { e: undefined, f: null }, g: 'ü' };
    expect(joined(odd)).toBe(JSON.stringify(odd));
    expect(joined({})).toBe('{}');
  });

  it('is what a big tenant file holds, with the fingerprint of those bytes', () => {
    const { dir, cleanup } = tempDir();
    try {
      const file = path.join(dir, 'tenant.json');
      createTenant(file, buildSample({ users: 2500, seed: 'pieces', nowMs: T0 }));
      const bytes = readFileSync(file);
      const doc: unknown = JSON.parse(bytes.toString('utf8'));
      expect(bytes.toString('utf8')).toBe(JSON.stringify(doc));
      const recorded = JSON.parse(readFileSync(fingerprintPath(file), 'utf8')) as { sha256: string };
      expect(recorded.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    } finally {
      cleanup();
    }
  });
});
