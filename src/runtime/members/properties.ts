/**
 * The properties of a value as formatting, Select-Object, Export-Csv and `$x.Name` see them.
 * PSObject note properties come first (in order), then the adapted .NET properties of the base
 * value. The .NET adapters themselves live in members/ (one file per type family) and register
 * here through `registerPropertyAdapter`.
 */
import { PSHashtable } from '../values/Hashtable.js';
import { PSObject } from '../values/PSObject.js';

export interface AdaptedProperty {
  readonly name: string;
  /** Reads the property's current value. */
  get(): unknown;
  /** .NET type name of the property as Get-Member reports it ('string', 'int', 'datetime', ...). */
  readonly typeName?: string;
  readonly settable?: boolean;
  set?(value: unknown): void;
}

/** Lists the adapted (.NET) properties of a non-PSObject value, or returns null if it does not know it. */
export type PropertyAdapter = (value: unknown) => AdaptedProperty[] | null;

const adapters: PropertyAdapter[] = [];

export function registerPropertyAdapter(adapter: PropertyAdapter): void {
  adapters.push(adapter);
}

function adaptedProperties(value: unknown): AdaptedProperty[] {
  for (const a of adapters) {
    const props = a(value);
    if (props) return props;
  }
  return [];
}

/** Script properties are evaluated by the runtime, which installs this hook. */
let scriptPropertyReader: (obj: PSObject, getter: unknown) => unknown = () => null;
export function setScriptPropertyReader(reader: (obj: PSObject, getter: unknown) => unknown): void {
  scriptPropertyReader = reader;
}

/** All properties of a value, PSObject members first. */
export function propertiesOf(value: unknown): AdaptedProperty[] {
  if (value instanceof PSObject) {
    const own: AdaptedProperty[] = [];
    for (const p of value.properties.values()) {
      own.push({
        name: p.name,
        get: () => readPSProperty(value, p.name),
        settable: p.kind === 'NoteProperty',
        set: (v) => {
          p.value = v;
        },
      });
    }
    if (value.baseObject === null) return own;
    const seen = new Set(own.map((p) => p.name.toLowerCase()));
    return own.concat(adaptedProperties(value.baseObject).filter((p) => !seen.has(p.name.toLowerCase())));
  }
  return adaptedProperties(value);
}

export function propertyNamesOf(value: unknown): string[] {
  return propertiesOf(value).map((p) => p.name);
}

/** The value of a PSObject's own member (note, alias or script property), undefined when absent. */
export function readPSProperty(obj: PSObject, name: string, depth = 0): unknown {
  const p = obj.getProperty(name);
  if (!p) return undefined;
  switch (p.kind) {
    case 'NoteProperty':
      return p.value;
    case 'AliasProperty':
      return depth > 8 ? undefined : getPropertyValue(obj, String(p.value));
    case 'ScriptProperty':
      return scriptPropertyReader(obj, p.getter);
  }
}

/**
 * `$value.Name` for a property (not a method): undefined when the value has no such property, so
 * the caller can decide between $null (non-strict mode) and member enumeration.
 */
export function getPropertyValue(value: unknown, name: string): unknown {
  if (value instanceof PSObject) {
    const own = readPSProperty(value, name);
    if (own !== undefined) return own;
    if (value.baseObject === null) return undefined;
    return getPropertyValue(value.baseObject, name);
  }
  if (value instanceof PSHashtable) {
    if (value.has(name)) return value.get(name);
  }
  const lower = name.toLowerCase();
  for (const p of adaptedProperties(value)) if (p.name.toLowerCase() === lower) return p.get();
  return undefined;
}
