/**
 * The syntax lines Get-Command -Syntax, a command's Definition and Get-Help's SYNTAX print, built
 * from a command's parameter metadata as pwsh builds them: per parameter set (the default set
 * first), positional parameters by position, then mandatory named ones, then the optional ones.
 */
import { ALL_SETS, type CommandMetadata, type ParameterMetadata, type SetMembership } from '../../../runtime/commands/metadata.js';
import type { PSType } from '../../../runtime/types/PSType.js';

/** pwsh prints the accelerator for the common types and the short type name otherwise. */
const displayNames = new Map<string, string>([
  ['System.String', 'string'],
  ['System.Int32', 'int'],
  ['System.Int64', 'long'],
  ['System.UInt32', 'uint'],
  ['System.Byte', 'byte'],
  ['System.Char', 'char'],
  ['System.Double', 'double'],
  ['System.Single', 'float'],
  ['System.Decimal', 'decimal'],
  ['System.Boolean', 'bool'],
  ['System.DateTime', 'datetime'],
  ['System.TimeSpan', 'timespan'],
  ['System.Guid', 'guid'],
  ['System.Uri', 'uri'],
  ['System.Version', 'version'],
  ['System.Collections.Hashtable', 'hashtable'],
  ['System.Management.Automation.ScriptBlock', 'scriptblock'],
  ['System.Management.Automation.PSObject', 'psobject'],
  ['System.Management.Automation.PSCredential', 'pscredential'],
  ['System.Security.SecureString', 'securestring'],
  ['System.Object', 'Object'],
]);

export function typeDisplayName(type: PSType | null): string {
  if (!type) return 'Object';
  if (type.elementType) return typeDisplayName(type.elementType) + '[]';
  return displayNames.get(type.fullName) ?? type.name;
}

function membershipIn(p: ParameterMetadata, set: string): SetMembership | undefined {
  return p.sets.find((s) => s.set === set) ?? p.sets.find((s) => s.set === ALL_SETS);
}

function parameterText(p: ParameterMetadata, m: SetMembership): string {
  if (p.isSwitch) return m.mandatory ? `-${p.name}` : `[-${p.name}]`;
  const type = `<${typeDisplayName(p.type)}>`;
  if (m.position !== null) return m.mandatory ? `[-${p.name}] ${type}` : `[[-${p.name}] ${type}]`;
  return m.mandatory ? `-${p.name} ${type}` : `[-${p.name} ${type}]`;
}

/** The parameter part of one set's syntax line. */
function setSyntax(meta: CommandMetadata, set: string): string {
  const entries = meta.parameters
    .filter((p) => !p.isCommon)
    .map((p) => ({ p, m: membershipIn(p, set) }))
    .filter((e): e is { p: ParameterMetadata; m: SetMembership } => e.m !== undefined);
  const positional = entries.filter((e) => e.m.position !== null && !e.p.isSwitch).sort((a, b) => a.m.position! - b.m.position!);
  const named = entries.filter((e) => e.m.position === null || e.p.isSwitch);
  const ordered = [...positional, ...named.filter((e) => e.m.mandatory), ...named.filter((e) => !e.m.mandatory)];
  const parts = ordered.map((e) => parameterText(e.p, e.m));
  if (meta.supportsShouldProcess) parts.push('[-WhatIf]', '[-Confirm]');
  if (meta.isAdvanced) parts.push('[<CommonParameters>]');
  return parts.join(' ');
}

/** The parameter set names in pwsh's order: the default set first. */
export function orderedSets(meta: CommandMetadata): string[] {
  if (meta.setNames.length === 0) return [ALL_SETS];
  const rest = meta.setNames.filter((s) => s !== meta.defaultParameterSet);
  return meta.setNames.includes(meta.defaultParameterSet) ? [meta.defaultParameterSet, ...rest] : rest;
}

/** One line per parameter set: `Name [-Param <type>] ...`. */
export function syntaxLines(name: string, meta: CommandMetadata): string[] {
  return orderedSets(meta).map((set) => {
    const params = setSyntax(meta, set);
    return params === '' ? name : `${name} ${params}`;
  });
}

/** The parameter part alone, as ParameterSets shows each set. */
export function setSyntaxTexts(meta: CommandMetadata): string[] {
  return orderedSets(meta).map((set) => setSyntax(meta, set));
}
