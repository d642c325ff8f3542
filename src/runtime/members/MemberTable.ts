/**
 * The members of one family of values (strings, DateTime, Hashtable, ...) or the static members of
 * one type. Names are keys of Maps, lower-cased, so a script's `.constructor` or `.__proto__` is
 * only ever a name that is not in the table: nothing here indexes a JS object by a script's text.
 */
import type { MethodContext } from './MethodContext.js';
import { overload, type MethodBody, type Overload } from './signature.js';

export interface PropertyDef<T> {
  readonly name: string;
  /** Type as Get-Member prints it ('int', 'datetime', 'System.DayOfWeek'). */
  readonly type: string;
  get(self: T, ctx: MethodContext | null): unknown;
  set?(self: T, value: unknown): void;
}

export interface MethodDef<T> {
  readonly name: string;
  readonly overloads: Overload<T>[];
}

export class MemberTable<T> {
  readonly properties = new Map<string, PropertyDef<T>>();
  readonly methods = new Map<string, MethodDef<T>>();

  constructor(
    /** Members every value of this family also has (System.Object's). */
    readonly parent: MemberTable<unknown> | null = null,
  ) {}

  property(
    name: string,
    type: string,
    get: (self: T, ctx: MethodContext | null) => unknown,
    set?: (self: T, value: unknown) => void,
  ): this {
    this.properties.set(name.toLowerCase(), set ? { name, type, get, set } : { name, type, get });
    return this;
  }

  /** Adds an overload, given as its Get-Member signature; overloads of one name accumulate. */
  method(signature: string, body: MethodBody<T>): this {
    const o = overload(signature, body);
    const key = o.name.toLowerCase();
    const existing = this.methods.get(key);
    if (existing) existing.overloads.push(o);
    else this.methods.set(key, { name: o.name, overloads: [o] });
    return this;
  }

  findProperty(name: string): PropertyDef<T> | PropertyDef<unknown> | undefined {
    const key = name.toLowerCase();
    return this.properties.get(key) ?? this.parent?.findProperty(key);
  }

  findMethod(name: string): MethodDef<T> | MethodDef<unknown> | undefined {
    const key = name.toLowerCase();
    return this.methods.get(key) ?? this.parent?.findMethod(key);
  }

  /** Own members first, then the parent's not hidden by them. */
  allProperties(): (PropertyDef<T> | PropertyDef<unknown>)[] {
    const own = [...this.properties.values()];
    if (!this.parent) return own;
    return own.concat(this.parent.allProperties().filter((p) => !this.properties.has(p.name.toLowerCase())));
  }

  allMethods(): (MethodDef<T> | MethodDef<unknown>)[] {
    const own = [...this.methods.values()];
    if (!this.parent) return own;
    return own.concat(this.parent.allMethods().filter((m) => !this.methods.has(m.name.toLowerCase())));
  }
}
