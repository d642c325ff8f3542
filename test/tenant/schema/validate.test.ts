import { describe, expect, it } from 'vitest';
import { formatPath, validateFully, validateStructure } from '../../../src/tenant/schema/validate.js';
import { buildSample } from '../../../src/tenant/samples/index.js';
import { T0 } from '../helpers/tenant.js';

const sample = () =>
  JSON.parse(JSON.stringify(buildSample({ users: 3, seed: 'v', nowMs: T0 }))) as Record<string, unknown> & {
    users: Record<string, unknown>[];
  };

describe('schema validation names the JSON path and the problem', () => {
  it.each([
    [['users', 3, 'licenses', 0, 'skuId'], 'users[3].licenses[0].skuId'],
    [['clock'], 'clock'],
    [[], '(root)'],
  ])('formatPath %j', (p, text) => {
    expect(formatPath(p)).toBe(text);
  });

  it.each([
    [
      'a misspelt key',
      (d: ReturnType<typeof sample>) => {
        d.users[1]!.dispalyName = 'x';
      },
      'users[1]',
      /dispalyName/,
    ],
    [
      'a duplicate active UPN',
      (d: ReturnType<typeof sample>) => {
        d.users[2]!.userPrincipalName = d.users[1]!.userPrincipalName;
      },
      'users[2].userPrincipalName',
      /used by another active user/,
    ],
    [
      'a duplicate id',
      (d: ReturnType<typeof sample>) => {
        d.users[2]!.id = d.users[1]!.id;
      },
      'users[2]',
      /duplicate key/,
    ],
    [
      'an unknown role',
      (d: ReturnType<typeof sample>) => {
        d.users[0]!.roles = ['00000000-0000-4000-8000-000000000000'];
      },
      'users[0].roles[0]',
      /unknown role/,
    ],
    [
      'a bad clock',
      (d: ReturnType<typeof sample>) => {
        d.clock = { mode: 'sideways' };
      },
      'clock.mode',
      /./,
    ],
  ])('%s', (_name, edit, where, problem) => {
    const d = sample();
    edit(d);
    const r = validateFully(d);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems.find((p) => p.path === where)?.problem).toMatch(problem);
  });

  it('the structural check catches broken structure but not a bad field deep in a user', () => {
    const d = sample();
    d.users[1]!.usageLocation = 'not a country';
    expect(validateStructure(d).ok).toBe(true);
    expect(validateFully(d).ok).toBe(false);
    const e = sample();
    (e as Record<string, unknown>).users = {};
    expect(validateStructure(e)).toMatchObject({
      ok: false,
      problems: [{ path: 'users', problem: 'expected an array' }],
    });
  });

  it('refuses something that is not a tenant', () => {
    expect(validateFully([1, 2])).toMatchObject({ ok: false, problems: [{ path: '(root)' }] });
    expect(validateFully({ hello: 1 })).toMatchObject({ ok: false, problems: [{ path: 'schemaVersion' }] });
  });
});
