import { z } from 'zod';
import {
  SCHEMA_VERSION,
  keyOf,
  roleById,
  skuById,
  type CollectionName,
  type TenantDocument,
} from '../model/index.js';
import {
  clockSchema,
  documentSchema,
  groupSchema,
  journalMarkSchema,
  organisationSchema,
  subscriptionSchema,
} from './schema.js';

/** One thing wrong with a tenant file: where (a JSON path such as `users[3].usageLocation`) and what. */
export interface SchemaProblem {
  readonly path: string;
  readonly problem: string;
}

export type Validation =
  | { readonly ok: true; readonly document: TenantDocument }
  | { readonly ok: false; readonly problems: readonly SchemaProblem[] };

/** `['users', 3, 'licenses', 0, 'skuId']` -> `users[3].licenses[0].skuId`. */
export const formatPath = (path: readonly PropertyKey[]): string =>
  path.reduce<string>(
    (out, key) =>
      typeof key === 'number' ? `${out}[${key}]` : out === '' ? String(key) : `${out}.${String(key)}`,
    '',
  ) || '(root)';

const fromZod = (error: z.ZodError, prefix: readonly PropertyKey[] = []): SchemaProblem[] =>
  error.issues.map((issue) => ({ path: formatPath([...prefix, ...issue.path]), problem: issue.message }));

const MAX_PROBLEMS = 20;

/**
 * Full validation: every record against its schema, then the rules that span records (unique
 * keys, one active user per UPN, one subscription per SKU, known SKUs and roles).
 */
export function validateFully(raw: unknown): Validation {
  const version = versionProblem(raw);
  if (version) return { ok: false, problems: [version] };
  const parsed = documentSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, problems: fromZod(parsed.error).slice(0, MAX_PROBLEMS) };
  const document = parsed.data as TenantDocument;
  const problems = crossRecordProblems(document);
  return problems.length > 0
    ? { ok: false, problems: problems.slice(0, MAX_PROBLEMS) }
    : { ok: true, document };
}

/**
 * Structural validation for a file whose content hash matches the last save recorded beside it
 * (see fingerprint.ts): that content was produced by validated in-memory state, so checking every
 * one of 100,000 users again would only cost time. The small sections are still checked fully, and
 * each big collection is checked to be an array of objects carrying their key, which is what the
 * in-memory indexes need.
 */
export function validateStructure(raw: unknown): Validation {
  const version = versionProblem(raw);
  if (version) return { ok: false, problems: [version] };
  const doc = raw as Record<string, unknown>;
  const problems: SchemaProblem[] = [];
  const small: [string, z.ZodType][] = [
    ['journal', journalMarkSchema],
    ['organisation', organisationSchema],
    ['clock', clockSchema],
    ['subscriptions', z.array(subscriptionSchema)],
    ['groups', z.array(groupSchema)],
  ];
  for (const [key, schema] of small) {
    const r = schema.safeParse(doc[key]);
    if (!r.success) problems.push(...fromZod(r.error, [key]));
  }
  for (const name of ['users', 'mailboxes', 'oneDrives', 'audit'] as const) {
    const list = doc[name];
    if (!Array.isArray(list)) {
      problems.push({ path: name, problem: 'expected an array' });
      continue;
    }
    const key = name === 'mailboxes' ? 'userId' : name === 'oneDrives' ? 'ownerId' : 'id';
    for (let i = 0; i < list.length; i++) {
      const item: unknown = list[i];
      if (
        typeof item !== 'object' ||
        item === null ||
        typeof (item as Record<string, unknown>)[key] !== 'string'
      ) {
        problems.push({ path: `${name}[${i}]`, problem: `expected an object with a string ${key}` });
        break;
      }
    }
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, document: raw as TenantDocument };
}

function versionProblem(raw: unknown): SchemaProblem | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { path: '(root)', problem: 'expected a JSON object (a tenant document)' };
  }
  const version = (raw as Record<string, unknown>).schemaVersion;
  if (typeof version !== 'number')
    return { path: 'schemaVersion', problem: 'missing: this is not a tenantsh tenant file' };
  if (version > SCHEMA_VERSION) {
    return {
      path: 'schemaVersion',
      problem: `version ${version} was written by a newer tenantsh (this one reads up to ${SCHEMA_VERSION})`,
    };
  }
  if (version < 1 || !Number.isInteger(version))
    return { path: 'schemaVersion', problem: `unknown version ${version}` };
  return null;
}

function crossRecordProblems(doc: TenantDocument): SchemaProblem[] {
  const problems: SchemaProblem[] = [];
  const unique = <C extends CollectionName>(
    name: C,
    records: readonly Parameters<(typeof keyOf)[C]>[0][],
  ): void => {
    const seen = new Set<string>();
    records.forEach((r, i) => {
      const key = keyOf[name](r as never);
      if (seen.has(key)) problems.push({ path: `${name}[${i}]`, problem: `duplicate key ${key}` });
      seen.add(key);
    });
  };
  unique('subscriptions', doc.subscriptions);
  unique('users', doc.users);
  unique('groups', doc.groups);
  unique('mailboxes', doc.mailboxes);
  unique('oneDrives', doc.oneDrives);
  unique('audit', doc.audit);

  const skus = new Set<string>();
  doc.subscriptions.forEach((s, i) => {
    const def = skuById(s.skuId);
    if (!def) problems.push({ path: `subscriptions[${i}].skuId`, problem: `unknown SKU id ${s.skuId}` });
    else if (def.skuPartNumber !== s.skuPartNumber) {
      problems.push({
        path: `subscriptions[${i}].skuPartNumber`,
        problem: `SKU ${s.skuId} is ${def.skuPartNumber}, not ${s.skuPartNumber}`,
      });
    }
    if (skus.has(s.skuId))
      problems.push({ path: `subscriptions[${i}]`, problem: `a second subscription for ${s.skuPartNumber}` });
    skus.add(s.skuId);
  });

  const activeUpns = new Set<string>();
  doc.users.forEach((u, i) => {
    if (u.softDeletionTimestamp === null) {
      const upn = u.userPrincipalName.toLowerCase();
      if (activeUpns.has(upn))
        problems.push({
          path: `users[${i}].userPrincipalName`,
          problem: `${u.userPrincipalName} is used by another active user`,
        });
      activeUpns.add(upn);
    }
    u.roles.forEach((r, j) => {
      if (!roleById(r))
        problems.push({ path: `users[${i}].roles[${j}]`, problem: `unknown role template id ${r}` });
    });
    u.licenses.forEach((l, j) => {
      if (!skuById(l.skuId))
        problems.push({ path: `users[${i}].licenses[${j}].skuId`, problem: `unknown SKU id ${l.skuId}` });
    });
  });
  return problems;
}
