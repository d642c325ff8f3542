/**
 * Get-AzureADUser -Filter: the OData v3 subset the AAD docs show: `prop eq 'text'`, `prop eq
 * true|false`, `startswith(prop,'text')`, joined by `and` / `or` (and binds tighter), with
 * parentheses. Property names are case-insensitive; text compares case-insensitively. Anything
 * else is the service's "Invalid filter clause".
 */
import type { User } from '../../tenant/index.js';
import { FilterSyntaxError, parseFilter } from '../graph/filter/parse.js';
import type { FilterNode } from '../graph/filter/types.js';

export type UserPredicate = (u: User) => boolean;

/** The user fields a filter may name (lower-cased OData name -> value). */
const FIELDS = new Map<string, (u: User) => string | boolean | null>([
  ['userprincipalname', (u) => u.userPrincipalName],
  ['displayname', (u) => u.displayName],
  ['givenname', (u) => u.firstName ?? null],
  ['surname', (u) => u.lastName ?? null],
  ['jobtitle', (u) => u.jobTitle ?? null],
  ['department', (u) => u.department ?? null],
  ['city', (u) => u.city ?? null],
  ['country', (u) => u.country ?? null],
  ['usagelocation', (u) => u.usageLocation],
  ['usertype', (u) => u.userType],
  ['accountenabled', (u) => u.accountEnabled],
  ['objectid', (u) => u.id],
  ['immutableid', (u) => u.immutableId],
  ['mailnickname', (u) => u.userPrincipalName.slice(0, u.userPrincipalName.indexOf('@'))],
  ['mail', (u) => u.userPrincipalName],
]);

export class FilterError extends Error {}

/**
 * Parses with the Graph cmdlets' OData parser, then keeps to AzureAD's narrower subset: `eq`,
 * `startswith`, `and`, `or` over the fields above (everything else is an invalid clause).
 */
export function parseUserFilter(text: string): UserPredicate {
  let tree: FilterNode;
  try {
    tree = parseFilter(text);
  } catch (e) {
    if (e instanceof FilterSyntaxError) throw new FilterError(e.message);
    throw e;
  }
  return predicate(tree);
}

const equals = (a: string | boolean | null, b: unknown): boolean =>
  typeof b === 'boolean' ? a === b : typeof a === 'string' && typeof b === 'string' && a.toLowerCase() === b.toLowerCase();

function fieldOf(path: string): (u: User) => string | boolean | null {
  const f = FIELDS.get(path.toLowerCase());
  if (!f) throw new FilterError('unknown property');
  return f;
}

function predicate(node: FilterNode): UserPredicate {
  switch (node.kind) {
    case 'and':
    case 'or': {
      const l = predicate(node.left);
      const r = predicate(node.right);
      return node.kind === 'and' ? (u) => l(u) && r(u) : (u) => l(u) || r(u);
    }
    case 'compare': {
      if (node.op !== 'eq' || (typeof node.value !== 'string' && typeof node.value !== 'boolean')) throw new FilterError('expected eq');
      const f = fieldOf(node.path);
      const v = node.value;
      return (u) => equals(f(u), v);
    }
    case 'call': {
      const v = node.value;
      if (node.fn !== 'startswith' || typeof v !== 'string') throw new FilterError('startswith needs text');
      const f = fieldOf(node.path);
      return (u) => {
        const a = f(u);
        return typeof a === 'string' && a.toLowerCase().startsWith(v.toLowerCase());
      };
    }
    default:
      throw new FilterError('unsupported clause');
  }
}
