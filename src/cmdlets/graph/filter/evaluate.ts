/**
 * Evaluates a parsed $filter against directory records, as Entra ID does: string comparisons
 * ignore case, a missing value matches only `eq null`, dates compare as instants.
 */
import type { CompareOp, FilterNode, FilterRecord, FilterValue, Literal } from './types.js';

const isRecord = (v: FilterValue | undefined): v is FilterRecord =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const ISO_DATE = /^\d{4}-\d{2}-\d{2}T/;

/** A path (`displayName`, `x/skuId`, `x`) read from the record, or from a lambda's element. */
function read(record: FilterRecord, path: string, scope: ReadonlyMap<string, FilterValue>): FilterValue | undefined {
  const parts = path.split('/');
  let value: FilterValue | undefined;
  const head = parts[0]!;
  if (scope.has(head.toLowerCase())) value = scope.get(head.toLowerCase());
  else value = record.get(head);
  for (const part of parts.slice(1)) {
    if (!isRecord(value)) return undefined;
    value = value.get(part);
  }
  return value;
}

function compareValues(a: FilterValue | undefined, b: Literal): number | null {
  if (a === undefined || a === null || b === null) return null;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'boolean' && typeof b === 'boolean') return Number(a) - Number(b);
  if (typeof a === 'string' && typeof b === 'string') {
    if (ISO_DATE.test(a) && /^\d{4}-\d{2}-\d{2}/.test(b)) return Date.parse(a) - Date.parse(b);
    const x = a.toLowerCase();
    const y = b.toLowerCase();
    return x < y ? -1 : x > y ? 1 : 0;
  }
  return null;
}

function compare(a: FilterValue | undefined, op: CompareOp, b: Literal): boolean {
  if (op === 'eq' || op === 'ne') {
    const equal = b === null ? a === null || a === undefined : compareValues(a, b) === 0;
    return op === 'eq' ? equal : !equal;
  }
  const d = compareValues(a, b);
  if (d === null) return false;
  switch (op) {
    case 'gt':
      return d > 0;
    case 'ge':
      return d >= 0;
    case 'lt':
      return d < 0;
    case 'le':
      return d <= 0;
  }
}

function items(v: FilterValue | undefined): readonly FilterValue[] {
  return Array.isArray(v) ? (v as readonly FilterValue[]) : [];
}

function evaluate(node: FilterNode, record: FilterRecord, scope: ReadonlyMap<string, FilterValue>): boolean {
  switch (node.kind) {
    case 'and':
      return evaluate(node.left, record, scope) && evaluate(node.right, record, scope);
    case 'or':
      return evaluate(node.left, record, scope) || evaluate(node.right, record, scope);
    case 'not':
      return !evaluate(node.operand, record, scope);
    case 'compare':
      return compare(read(record, node.path, scope), node.op, node.value);
    case 'in': {
      const v = read(record, node.path, scope);
      return node.values.some((x) => compare(v, 'eq', x));
    }
    case 'call': {
      const v = read(record, node.path, scope);
      if (typeof v !== 'string' || typeof node.value !== 'string') return false;
      const s = v.toLowerCase();
      const p = node.value.toLowerCase();
      return node.fn === 'startswith' ? s.startsWith(p) : s.endsWith(p);
    }
    case 'count':
      return compare(items(read(record, node.collection, scope)).length, node.op, node.value);
    case 'any':
    case 'all': {
      const list = items(read(record, node.collection, scope));
      const body = node.body;
      if (body === null) return node.kind === 'any' ? list.length > 0 : true;
      const test = (element: FilterValue): boolean =>
        evaluate(body, record, new Map([...scope, [node.variable.toLowerCase(), element]]));
      return node.kind === 'any' ? list.some(test) : list.every(test);
    }
  }
}

export function matchesFilter(node: FilterNode, record: FilterRecord): boolean {
  return evaluate(node, record, new Map());
}

/** The record's own properties a filter names (lambda bodies excluded), for the unknown-property check. */
export function propertiesNamed(node: FilterNode): string[] {
  switch (node.kind) {
    case 'and':
    case 'or':
      return [...propertiesNamed(node.left), ...propertiesNamed(node.right)];
    case 'not':
      return propertiesNamed(node.operand);
    case 'compare':
    case 'in':
    case 'call':
      return [node.path.split('/')[0]!];
    case 'count':
    case 'any':
    case 'all':
      return [node.collection.split('/')[0]!];
  }
}

/**
 * Graph's advanced queries (directory-cmdlets.md 4): `ne`, `not`, `endsWith`, `$count` and `eq null`
 * need `-ConsistencyLevel eventual` with `-CountVariable`. The first such use, with its property.
 */
export function advancedUse(node: FilterNode): { property: string; count: boolean } | null {
  switch (node.kind) {
    case 'and':
    case 'or':
      return advancedUse(node.left) ?? advancedUse(node.right);
    case 'not':
      return { property: propertiesNamed(node.operand)[0] ?? '', count: false };
    case 'compare':
      return node.op === 'ne' || node.value === null ? { property: node.path, count: false } : null;
    case 'call':
      return node.fn === 'endswith' ? { property: node.path, count: false } : null;
    case 'count':
      return { property: node.collection, count: true };
    case 'in':
    case 'any':
    case 'all':
      return null;
  }
}

/** E24: a lambda over `assignedLicenses` inside an `or` is a complex query the service refuses. */
export function complexLicenseQuery(node: FilterNode, underOr = false): boolean {
  switch (node.kind) {
    case 'and':
      return complexLicenseQuery(node.left, underOr) || complexLicenseQuery(node.right, underOr);
    case 'or':
      return complexLicenseQuery(node.left, true) || complexLicenseQuery(node.right, true);
    case 'not':
      return complexLicenseQuery(node.operand, underOr);
    case 'any':
    case 'all':
      return underOr && node.collection.toLowerCase() === 'assignedlicenses';
    default:
      return false;
  }
}
