/**
 * Microsoft Graph SDK model objects: a PSObject with the model's .NET type name, its properties in
 * the SDK's order, and `AdditionalProperties`, a dictionary of what the model has no typed
 * property for (directory-cmdlets.md 1.3).
 */
import { PSHashtable } from '../../runtime/values/Hashtable.js';
import { PSObject } from '../../runtime/values/PSObject.js';

export const MODELS = 'Microsoft.Graph.PowerShell.Models.';

export function model(typeName: string, entries: readonly (readonly [string, unknown])[]): PSObject {
  const o = new PSObject(null, [MODELS + typeName, 'System.Object']);
  for (const [k, v] of entries) o.setNote(k, v);
  return o;
}

/** A dictionary of JSON members (`@odata.type`, `displayName`...), in the order given. */
export function additionalProperties(entries: readonly (readonly [string, unknown])[] = []): PSHashtable {
  const h = new PSHashtable();
  for (const [k, v] of entries) h.set(k, v);
  return h;
}

/** `displayName` -> `DisplayName`: the SDK's typed property for a JSON member. */
export const pascal = (name: string): string => name.charAt(0).toUpperCase() + name.slice(1);
