/**
 * Which member table serves a value (instance members) or a type (static members and
 * constructors). Families register themselves from their own modules; lookups fall back to
 * System.Object's members.
 */
import { genericDefinition } from '../types/registry.js';
import type { PSType } from '../types/PSType.js';
import { MemberTable } from './MemberTable.js';

/** System.Object's members, the parent of every other table. */
export const objectMembers = new MemberTable<unknown>();

interface Family {
  readonly test: (value: unknown) => boolean;
  readonly table: MemberTable<unknown>;
}
const families: Family[] = [];

/** A new table for the values `guard` accepts (the first registered family that accepts a value wins). */
export function defineFamily<T>(guard: (value: unknown) => value is T): MemberTable<T> {
  const table = new MemberTable<T>(objectMembers);
  // The table only ever receives values its guard accepted, so widening its self type is sound.
  families.push({ test: guard, table: table as unknown as MemberTable<unknown> });
  return table;
}

export function tableOf(value: unknown): MemberTable<unknown> {
  for (const f of families) if (f.test(value)) return f.table;
  return objectMembers;
}

/** The static side of a type: its static properties/methods and its constructors. */
export interface StaticType {
  readonly members: MemberTable<PSType>;
  /** Overloads named `new`. */
  readonly constructors: MemberTable<PSType>;
}

const statics = new Map<string, StaticType>();

/** The static table of a type (full name, or a generic definition such as 'System.Collections.Generic.List`1'). */
export function defineStatics(fullName: string): StaticType {
  const key = fullName.toLowerCase();
  let s = statics.get(key);
  if (!s) {
    s = { members: new MemberTable<PSType>(), constructors: new MemberTable<PSType>() };
    statics.set(key, s);
  }
  return s;
}

/** Defines a type's statics on first use (for open-ended families such as the exception types). */
export type StaticsResolver = (type: PSType) => StaticType | undefined;
const resolvers: StaticsResolver[] = [];

export function registerStaticsResolver(resolver: StaticsResolver): void {
  resolvers.push(resolver);
}

export function staticsOf(type: PSType): StaticType | undefined {
  const known =
    statics.get(type.fullName.toLowerCase()) ?? statics.get(genericDefinition(type).toLowerCase());
  if (known) return known;
  for (const r of resolvers) {
    const s = r(type);
    if (s) return s;
  }
  return undefined;
}
