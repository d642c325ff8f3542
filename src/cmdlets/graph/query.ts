/**
 * A Graph list request: $filter, $search, $orderby, $top and $count over directory objects, with
 * the service's refusals (E23-E26) and the SDK's paging (the first page of 100 unless -All).
 */
import type { CmdletCall } from '../../runtime/commands/CmdletCall.js';
import { badRequest, type GraphFailure } from './errors.js';
import { advancedUse, complexLicenseQuery, matchesFilter, propertiesNamed } from './filter/evaluate.js';
import { FilterSyntaxError, parseFilter } from './filter/parse.js';
import type { FilterNode } from './filter/types.js';
import { jsonRecord, type Json } from './userData.js';

export interface ListQuery {
  readonly Filter?: string | undefined;
  readonly Search?: string | undefined;
  readonly Sort?: string[] | undefined;
  readonly Top?: number | undefined;
  readonly Skip?: number | undefined;
  readonly PageSize?: number | undefined;
  readonly All?: boolean | undefined;
  readonly CountVariable?: string | undefined;
  readonly ConsistencyLevel?: string | undefined;
}

export interface Resource {
  /** `user`: named in `microsoft.graph.user` and `resource 'User'`. */
  readonly type: string;
  /** Whether the type has a property by this (case-insensitive) name. */
  has(name: string): boolean;
}

const unsupported = (message: string): GraphFailure => badRequest(message, 'Request_UnsupportedQuery');

const PAGE = 100;

/** Applies the query to `rows`, or says why the service refuses it. */
export function runListQuery<T extends ReadonlyMap<string, Json>>(
  rows: readonly T[],
  q: ListQuery,
  resource: Resource,
): { rows: T[]; count: number } | GraphFailure {
  const eventual = (q.ConsistencyLevel ?? '').toLowerCase() === 'eventual';
  // E26: $count=true needs the ConsistencyLevel header.
  if (q.CountVariable !== undefined && !eventual) return badRequest('$count is not currently supported.');
  let filter: FilterNode | null = null;
  if (q.Filter !== undefined && q.Filter.trim() !== '') {
    try {
      filter = parseFilter(q.Filter);
    } catch (e) {
      if (e instanceof FilterSyntaxError) return badRequest('Invalid filter clause', 'BadRequest');
      throw e;
    }
    const unknown = propertiesNamed(filter).find((p) => !resource.has(p));
    if (unknown !== undefined)
      return badRequest(`Could not find a property named '${unknown}' on type 'microsoft.graph.${resource.type}'.`, 'BadRequest');
    // E24
    if (complexLicenseQuery(filter)) return unsupported('Complex query on property assignedLicenses is not supported.');
    // E25: advanced operators need ConsistencyLevel eventual and $count.
    const advanced = advancedUse(filter);
    if (advanced && !(eventual && q.CountVariable !== undefined)) {
      const type = resource.type.charAt(0).toUpperCase() + resource.type.slice(1);
      return unsupported(`Unsupported or invalid query filter clause specified for property '${advanced.property}' of resource '${type}'.`);
    }
  }
  let out = filter ? rows.filter((r) => matchesFilter(filter, jsonRecord(r))) : [...rows];
  if (q.Search !== undefined && q.Search.trim() !== '') {
    if (!eventual)
      return badRequest(
        "Request with $search query parameter only works through MSGraph with a special request header: 'ConsistencyLevel: eventual'",
      );
    const search = parseSearch(q.Search);
    if (!search) return badRequest('Syntax error: character \'"\' is not valid at position 0 in the search expression.');
    out = out.filter((r) => search(r));
  }
  if (q.Sort && q.Sort.length > 0) out = sortRows(out, q.Sort);
  const count = out.length;
  if (q.Skip !== undefined) out = out.slice(q.Skip);
  if (q.Top !== undefined) out = out.slice(0, q.Top);
  else if (!q.All) out = out.slice(0, q.PageSize ?? PAGE);
  return { rows: out, count };
}

/** `"displayName:jan" OR "mail:jan"`: each clause matches a word of the property by its start. */
function parseSearch(text: string): ((row: ReadonlyMap<string, Json>) => boolean) | null {
  const clauses = [...text.matchAll(/"([^":]+):([^"]*)"|\b(AND|OR)\b/g)];
  if (clauses.length === 0) return null;
  let useOr = false;
  const tests: ((row: ReadonlyMap<string, Json>) => boolean)[] = [];
  for (const m of clauses) {
    if (m[3]) {
      useOr = m[3] === 'OR';
      continue;
    }
    const property = m[1]!.toLowerCase();
    const term = m[2]!.toLowerCase();
    tests.push((row) => {
      const v = row.get(property);
      if (typeof v !== 'string') return false;
      const lower = v.toLowerCase();
      return lower.startsWith(term) || lower.split(/[\s._@-]+/).some((w) => w.startsWith(term));
    });
  }
  return (row) => (useOr ? tests.some((t) => t(row)) : tests.every((t) => t(row)));
}

function sortRows<T extends ReadonlyMap<string, Json>>(rows: T[], sort: readonly string[]): T[] {
  const keys = sort
    .flatMap((s) => s.split(','))
    .map((s) => s.trim().split(/\s+/))
    .filter((p) => p[0])
    .map((p) => ({ name: p[0]!.toLowerCase(), desc: (p[1] ?? '').toLowerCase() === 'desc' }));
  return [...rows].sort((a, b) => {
    for (const k of keys) {
      const x = String(a.get(k.name) ?? '').toLowerCase();
      const y = String(b.get(k.name) ?? '').toLowerCase();
      if (x !== y) return (x < y ? -1 : 1) * (k.desc ? -1 : 1);
    }
    return 0;
  });
}

/** -CountVariable: the SDK sets the variable in the global scope. */
export function setCountVariable(c: CmdletCall<unknown>, name: string | undefined, count: number): void {
  if (name === undefined || name === '') return;
  const bare = name.replace(/^\$/, '').replace(/^global:/i, '');
  c.callerCtx.scope.globalScope().setLocal(bare.toLowerCase(), bare, count);
}

/** -Property: names given as a list or comma-separated, JSON casing or PowerShell's. */
export function selectedNames(property: readonly string[] | undefined): string[] | null {
  if (!property || property.length === 0) return null;
  return property.flatMap((p) => p.split(',')).map((p) => p.trim()).filter((p) => p !== '' && p !== '*');
}
