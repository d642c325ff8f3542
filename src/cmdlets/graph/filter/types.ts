/** The OData $filter subset Graph scripts use, as a tree (see parse.ts for the grammar). */

export type Literal = string | number | boolean | null;
export type CompareOp = 'eq' | 'ne' | 'gt' | 'ge' | 'lt' | 'le';

export type FilterNode =
  | { readonly kind: 'and' | 'or'; readonly left: FilterNode; readonly right: FilterNode }
  | { readonly kind: 'not'; readonly operand: FilterNode }
  | { readonly kind: 'compare'; readonly op: CompareOp; readonly path: string; readonly value: Literal }
  | { readonly kind: 'in'; readonly path: string; readonly values: readonly Literal[] }
  | { readonly kind: 'call'; readonly fn: 'startswith' | 'endswith'; readonly path: string; readonly value: Literal }
  /** `assignedLicenses/any(x:x/skuId eq ...)`; `body` null for `any()`. */
  | {
      readonly kind: 'any' | 'all';
      readonly collection: string;
      readonly variable: string;
      readonly body: FilterNode | null;
    }
  /** `assignedLicenses/$count eq 0` */
  | { readonly kind: 'count'; readonly collection: string; readonly op: CompareOp; readonly value: number };

/** What a filter reads: a record's property (case-insensitive), undefined when it has none. */
export type FilterValue = Literal | readonly FilterValue[] | FilterRecord;

export interface FilterRecord {
  get(name: string): FilterValue | undefined;
}
