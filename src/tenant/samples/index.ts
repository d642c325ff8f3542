import type { TenantDocument } from '../model/index.js';
import { contosoSample } from './contoso.js';
import { emptySample, type SampleOptions } from './empty.js';
import { addSyntheticUsers } from './synthetic.js';

export { ADMIN_UPN, SAMPLE_DOMAIN, SAMPLE_PASSWORD, emptySample, type SampleOptions } from './empty.js';
export { CONTOSO_SYNTHETIC_USERS, NAMED_PEOPLE, contosoSample } from './contoso.js';
export { addSyntheticUsers } from './synthetic.js';

export type SampleName = 'contoso' | 'empty';

export interface BuildSampleOptions extends SampleOptions {
  readonly sample?: SampleName;
  /** `--users N`: N synthetic users added to the empty sample (DESIGN.md). */
  readonly users?: number;
}

/**
 * What `tenantsh tenant init` writes: `--users N` implies the empty sample plus N synthetic users;
 * otherwise the named sample (contoso by default).
 */
export function buildSample(opts: BuildSampleOptions): TenantDocument {
  if (opts.users !== undefined) {
    const seed = opts.seed ?? '1';
    return addSyntheticUsers(emptySample({ ...opts, seed: `empty:${seed}` }), {
      users: opts.users,
      seed,
      nowMs: opts.nowMs,
    });
  }
  return (opts.sample ?? 'contoso') === 'empty' ? emptySample(opts) : contosoSample(opts);
}
