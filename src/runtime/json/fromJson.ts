/**
 * ConvertFrom-Json's engine: JSON text to PowerShell values. Objects become PSCustomObjects (keys
 * that differ only in case, or an empty key, are errors) or, with -AsHashtable, ordered
 * hashtables; arrays become object[]; integers Int64 (BigInteger beyond), other numbers Double;
 * ISO 8601 date strings DateTime. Empty text gives $null.
 */
import { PSHashtable } from '../values/Hashtable.js';
import { PSObject } from '../values/PSObject.js';
import { emptyKeyError, keysWithDifferentCasingError } from './jsonErrors.js';
import { JsonObjectValue, JsonTextReader, type JsonValue } from './jsonTextReader.js';

export interface FromJsonOptions {
  readonly asHashtable?: boolean;
  /** -Depth: the deepest nesting of arrays and objects allowed (1024 by default). */
  readonly depth?: number;
}

/** Throws JsonSyntaxError for text that is not JSON, JsonError for keys pwsh refuses. */
export function fromJson(text: string, options: FromJsonOptions = {}): unknown {
  const tree = new JsonTextReader(text, options.depth ?? 1024).readDocument();
  return toPowerShell(tree, options.asHashtable ?? false);
}

function toPowerShell(value: JsonValue, asHashtable: boolean): unknown {
  if (Array.isArray(value)) return value.map((v) => toPowerShell(v, asHashtable));
  if (!(value instanceof JsonObjectValue)) return value;
  if (asHashtable) {
    // pwsh 7.3+ returns an OrderedHashtable: ordered, and its keys compare case-sensitively.
    const table = new PSHashtable(true, true, 'System.Management.Automation.OrderedHashtable');
    for (const [k, v] of value.entries) table.set(k, toPowerShell(v, true));
    return table;
  }
  const object = new PSObject();
  for (const [k, v] of value.entries) {
    if (k === '') throw emptyKeyError();
    const existing = object.getProperty(k);
    if (existing) throw keysWithDifferentCasingError(existing.name, k);
    object.setNote(k, toPowerShell(v, false));
  }
  return object;
}
