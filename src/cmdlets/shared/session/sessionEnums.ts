/**
 * The enum types the session cmdlets declare parameters of (-Option, -DisplayHint, -CommandType),
 * registered so the binder converts and validates them as pwsh does. Imported by the cmdlet files
 * before their declarations are built.
 */
import { registerEnum } from '../../../runtime/convert/convertTo.js';
import { registerType } from '../../../runtime/types/registry.js';
import { PSEnumValue } from '../../../runtime/values/scalars.js';
import { toStr } from '../../../runtime/convert/toStringValue.js';

export const SCOPED_ITEM_OPTIONS = 'System.Management.Automation.ScopedItemOptions';
export const DISPLAY_HINT_TYPE = 'Microsoft.PowerShell.Commands.DisplayHintType';
export const COMMAND_TYPES = 'System.Management.Automation.CommandTypes';

const enums: [string, Record<string, number>, boolean][] = [
  [SCOPED_ITEM_OPTIONS, { None: 0, ReadOnly: 1, Constant: 2, Private: 4, AllScope: 8, Unspecified: 16 }, true],
  [DISPLAY_HINT_TYPE, { Date: 0, Time: 1, DateTime: 2 }, false],
  [
    COMMAND_TYPES,
    { Alias: 1, Function: 2, Filter: 4, Cmdlet: 8, ExternalScript: 16, Application: 32, Script: 64, Configuration: 256, All: 383 },
    true,
  ],
];

for (const [name, members, flags] of enums) {
  registerType(name);
  registerEnum(name, members, flags);
}

/** The member names an enum value (or its text, "ReadOnly, AllScope") stands for. */
export function enumNames(value: unknown): string[] {
  const text = value instanceof PSEnumValue ? value.name : toStr(value);
  return text
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** The numeric value of a flags enum argument (0 when absent). */
export function enumBits(value: unknown): number {
  return value instanceof PSEnumValue ? value.value : 0;
}
