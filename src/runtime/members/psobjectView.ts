/**
 * `$x.PSObject`: PowerShell's view of a value's members. `.Properties` lists note properties and
 * adapted .NET properties as PSPropertyInfo objects (Name, Value, MemberType, TypeNameOfValue),
 * `.TypeNames` the type chain, `.BaseObject` the wrapped value, `.Copy()` a shallow copy.
 */
import { enumInfo } from '../convert/convertTo.js';
import { toStr } from '../convert/toStringValue.js';
import { PSObject, type PSPropertyKind } from '../values/PSObject.js';
import { PSEnumValue } from '../values/scalars.js';
import { typeNameOf } from '../types/typeNameOf.js';
import { psTypeLiteralName } from '../types/typeAliases.js';
import { propertiesOf, type AdaptedProperty } from './properties.js';
import { typeFromName, typeNamesOf } from './typeInfo.js';

export const MEMBER_TYPES_ENUM = 'System.Management.Automation.PSMemberTypes';

export function memberTypeValue(kind: string): PSEnumValue {
  const info = enumInfo(MEMBER_TYPES_ENUM);
  const i = info ? info.names.indexOf(kind) : -1;
  return new PSEnumValue(MEMBER_TYPES_ENUM, kind, i >= 0 ? info!.values[i]! : 0);
}

/** The short name Get-Member prints for a type ('int', 'string', 'System.Object[]'). */
export function shortTypeDisplay(fullName: string): string {
  return psTypeLiteralName(typeFromName(fullName));
}

/** One property as `$x.PSObject.Properties` lists it. */
export class PSPropertyInfo {
  constructor(
    private readonly property: AdaptedProperty,
    readonly memberType: PSPropertyKind | 'Property',
  ) {}
  get psTypeName(): string {
    return this.memberType === 'Property'
      ? 'System.Management.Automation.PSProperty'
      : `System.Management.Automation.PS${this.memberType}`;
  }
  get name(): string {
    return this.property.name;
  }
  get value(): unknown {
    return this.property.get();
  }
  set value(v: unknown) {
    if (this.property.set) this.property.set(v);
  }
  get isSettable(): boolean {
    return this.property.settable === true;
  }
  get typeNameOfValue(): string {
    if (this.memberType === 'Property' && this.property.typeName)
      return typeFromName(this.property.typeName).fullName;
    const v = this.value;
    return v === null || v === undefined ? 'System.Object' : typeNameOf(v);
  }
  /** What "$p" prints: the Get-Member definition (`int a=1`, `int Length {get;}`). */
  psToString(): string {
    if (this.memberType === 'Property') {
      const t = this.property.typeName
        ? shortTypeDisplay(typeFromName(this.property.typeName).fullName)
        : 'System.Object';
      return `${t} ${this.name} {get;${this.isSettable ? 'set;' : ''}}`;
    }
    const v = this.value;
    const t = v === null || v === undefined ? 'object' : shortTypeDisplay(typeNameOf(v));
    return `${t} ${this.name}=${v === null || v === undefined ? 'null' : toStr(v)}`;
  }
}

/** `.PSObject.Properties`: enumerable, and indexable by name (`.Properties['Name']`). */
export class PSPropertyCollection {
  readonly psTypeName =
    'System.Management.Automation.PSMemberInfoIntegratingCollection`1[[System.Management.Automation.PSPropertyInfo]]';
  constructor(private readonly target: unknown) {}
  psEnumerate(): PSPropertyInfo[] {
    const own = this.target instanceof PSObject ? this.target : null;
    return propertiesOf(this.target).map(
      (p) => new PSPropertyInfo(p, own?.getProperty(p.name)?.kind ?? 'Property'),
    );
  }
  /** `.Properties['Name']` (case-insensitive), null when absent. */
  psIndex(key: unknown): PSPropertyInfo | null {
    const name = toStr(key).toLowerCase();
    return this.psEnumerate().find((p) => p.name.toLowerCase() === name) ?? null;
  }
  /** `.Properties.Match('N*')`: wildcard match on the names. */
  match(pattern: string): PSPropertyInfo[] {
    const re = new RegExp(
      '^' +
        [...pattern]
          .map((c) => (c === '*' ? '.*' : c === '?' ? '.' : c.replace(/[\\^$.+()[\]{}|]/g, '\\$&')))
          .join('') +
        '$',
      'i',
    );
    return this.psEnumerate().filter((p) => re.test(p.name));
  }
  add(p: PSPropertyInfo): void {
    if (this.target instanceof PSObject) this.target.setNote(p.name, p.value);
  }
  remove(name: string): void {
    if (this.target instanceof PSObject) this.target.removeProperty(name);
  }
}

export class PSObjectView {
  readonly psTypeName = 'System.Management.Automation.PSObject';
  constructor(readonly target: unknown) {}
  get properties(): PSPropertyCollection {
    return new PSPropertyCollection(this.target);
  }
  get typeNames(): string[] {
    return typeNamesOf(this.target);
  }
  get baseObject(): unknown {
    return this.target instanceof PSObject && this.target.baseObject !== null
      ? this.target.baseObject
      : this.target;
  }
  /** PSObject.Copy(): a custom object's properties are copied; other values are shared. */
  copy(): unknown {
    const t = this.target;
    if (!(t instanceof PSObject)) return t;
    const c = new PSObject(t.baseObject, [...t.typeNames]);
    for (const p of t.properties.values()) c.addProperty({ ...p });
    for (const [k, m] of t.methods) c.methods.set(k, m);
    return c;
  }
  psToString(): string {
    return toStr(this.target);
  }
}
