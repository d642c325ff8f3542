/**
 * PSCustomObject and PowerShell's extended members. Properties keep their insertion order and are
 * found case-insensitively, as in pwsh. A PSObject may wrap a base value (Add-Member on a string,
 * `[psobject]$x`); its own note properties are then looked up before the base value's members.
 * Property names are keys of a Map, never of a JS object, so a property named `__proto__` or
 * `constructor` is just a name.
 */

export type PSPropertyKind = 'NoteProperty' | 'ScriptProperty' | 'AliasProperty';

export interface PSProperty {
  readonly name: string;
  kind: PSPropertyKind;
  /** NoteProperty: the value. AliasProperty: the target name (string). ScriptProperty: getter. */
  value: unknown;
  /** ScriptProperty getter/setter (script blocks) are evaluated by the runtime. */
  getter?: unknown;
  setter?: unknown;
}

export class PSObject {
  /** Lower-cased name -> property, in insertion order. */
  readonly properties = new Map<string, PSProperty>();
  /** Script methods added with Add-Member -MemberType ScriptMethod. */
  readonly methods = new Map<string, { name: string; script: unknown }>();
  /** Most derived first; a custom object's last entry is System.Object. */
  typeNames: string[];
  constructor(
    /** The wrapped value, or null for a PSCustomObject. */
    readonly baseObject: unknown = null,
    typeNames?: string[],
  ) {
    this.typeNames = typeNames ?? ['System.Management.Automation.PSCustomObject', 'System.Object'];
  }

  get isCustomObject(): boolean {
    return this.baseObject === null;
  }

  static from(entries: Iterable<readonly [string, unknown]>): PSObject {
    const o = new PSObject();
    for (const [k, v] of entries) o.setNote(k, v);
    return o;
  }

  getProperty(name: string): PSProperty | undefined {
    return this.properties.get(name.toLowerCase());
  }

  /** Adds or overwrites a note property, keeping the position of an existing one. */
  setNote(name: string, value: unknown): void {
    const key = name.toLowerCase();
    const existing = this.properties.get(key);
    if (existing && existing.kind === 'NoteProperty') existing.value = value;
    else this.properties.set(key, { name, kind: 'NoteProperty', value });
  }

  addProperty(p: PSProperty): void {
    this.properties.set(p.name.toLowerCase(), p);
  }

  removeProperty(name: string): boolean {
    return this.properties.delete(name.toLowerCase());
  }

  propertyNames(): string[] {
    return [...this.properties.values()].map((p) => p.name);
  }
}
