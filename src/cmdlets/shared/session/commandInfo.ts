/**
 * The CommandInfo objects Get-Command writes: CmdletInfo, FunctionInfo (FilterInfo) and AliasInfo,
 * with pwsh's properties and table view (CommandType 15, Name 50, Version 10, Source). The cmdlet
 * and function ones are also the runtime's own command records, so `& (Get-Command X)` runs X.
 */
import type { CmdletInfo } from '../../../runtime/commands/defineCmdlet.js';
import type { CommandMetadata } from '../../../runtime/commands/metadata.js';
import type { FunctionInfo } from '../../../runtime/functions/FunctionInfo.js';
import type { ScriptBlockValue } from '../../../runtime/values/ScriptBlock.js';
import { defineFamily } from '../../../runtime/members/families.js';
import { registerDefaultView } from '../../../runtime/format/views.js';
import { PSHashtable } from '../../../runtime/values/Hashtable.js';
import { moduleVersion } from './moduleCatalog.js';
import { setSyntaxTexts, syntaxLines } from './syntax.js';
import { enumValue } from './enumValue.js';
import { COMMAND_TYPES } from './sessionEnums.js';

export class CmdletCommandInfo implements CmdletInfo {
  readonly psTypeName = 'System.Management.Automation.CmdletInfo';
  readonly kind = 'Cmdlet';
  readonly name: string;
  readonly module: string;
  readonly aliases: readonly string[];
  readonly metadata: CommandMetadata;
  readonly outputType: string | null;
  readonly synopsis: string;
  readonly invoke: CmdletInfo['invoke'];
  constructor(info: CmdletInfo) {
    this.name = info.name;
    this.module = info.module;
    this.aliases = info.aliases;
    this.metadata = info.metadata;
    this.outputType = info.outputType;
    this.synopsis = info.synopsis;
    this.invoke = info.invoke;
  }
  psToString(): string {
    return this.name;
  }
}

export class FunctionCommandInfo implements FunctionInfo {
  readonly psTypeName: string;
  readonly kind: 'Function' | 'Filter';
  readonly name: string;
  readonly scriptBlock: ScriptBlockValue;
  constructor(
    info: FunctionInfo,
    /** The function's parameter metadata (built in the caller's context). */
    readonly metadata: CommandMetadata,
  ) {
    this.kind = info.kind;
    this.name = info.name;
    this.scriptBlock = info.scriptBlock;
    this.psTypeName = info.kind === 'Filter' ? 'System.Management.Automation.FilterInfo' : 'System.Management.Automation.FunctionInfo';
  }
  psToString(): string {
    return this.name;
  }
}

export class AliasCommandInfo {
  readonly psTypeName = 'System.Management.Automation.AliasInfo';
  constructor(
    readonly name: string,
    readonly definition: string,
    readonly options: string,
    readonly description: string,
    /** The command the alias resolves to, when it exists. */
    readonly resolved: CmdletCommandInfo | FunctionCommandInfo | null,
  ) {}
  get displayName(): string {
    return `${this.name} -> ${this.definition}`;
  }
  psToString(): string {
    return this.name;
  }
}

export type AnyCommandInfo = CmdletCommandInfo | FunctionCommandInfo | AliasCommandInfo;

function verbNoun(name: string): [string, string] {
  const i = name.indexOf('-');
  return i > 0 ? [name.slice(0, i), name.slice(i + 1)] : ['', ''];
}

function parametersTable(meta: CommandMetadata): PSHashtable {
  const h = new PSHashtable(true);
  for (const p of meta.parameters) h.set(p.name, p.name);
  return h;
}

function definitionOf(name: string, meta: CommandMetadata): string {
  return `\n${syntaxLines(name, meta).join('\n\n')}\n`;
}

defineFamily((v): v is CmdletCommandInfo => v instanceof CmdletCommandInfo)
  .property('Name', 'string', (i) => i.name)
  .property('CommandType', COMMAND_TYPES, () => enumValue(COMMAND_TYPES, 'Cmdlet'))
  .property('Version', 'version', (i) => moduleVersion(i.module))
  .property('Source', 'string', (i) => i.module)
  .property('ModuleName', 'string', (i) => i.module)
  .property('Module', 'psmoduleinfo', (i) => i.module)
  .property('Verb', 'string', (i) => verbNoun(i.name)[0])
  .property('Noun', 'string', (i) => verbNoun(i.name)[1])
  .property('Definition', 'string', (i) => definitionOf(i.name, i.metadata))
  .property('DefaultParameterSet', 'string', (i) => (i.metadata.setNames.length > 0 ? i.metadata.defaultParameterSet : null))
  .property('OutputType', 'System.Collections.ObjectModel.ReadOnlyCollection[System.Management.Automation.PSTypeName]', (i) =>
    i.outputType ? [i.outputType] : [],
  )
  .property('Parameters', 'System.Collections.Generic.Dictionary[string,System.Management.Automation.ParameterMetadata]', (i) =>
    parametersTable(i.metadata),
  )
  .property('ParameterSets', 'System.Collections.ObjectModel.ReadOnlyCollection[System.Management.Automation.CommandParameterSetInfo]', (i) =>
    setSyntaxTexts(i.metadata),
  )
  .property('Options', 'System.Management.Automation.ScopedItemOptions', () => 'ReadOnly')
  .property('Visibility', 'System.Management.Automation.SessionStateEntryVisibility', () => 'Public')
  .property('HelpUri', 'string', () => '');

defineFamily((v): v is FunctionCommandInfo => v instanceof FunctionCommandInfo)
  .property('Name', 'string', (i) => i.name)
  .property('CommandType', COMMAND_TYPES, (i) => enumValue(COMMAND_TYPES, i.kind))
  .property('Version', 'version', () => null)
  .property('Source', 'string', () => '')
  .property('ModuleName', 'string', () => '')
  .property('Module', 'psmoduleinfo', () => null)
  .property('Verb', 'string', (i) => verbNoun(i.name)[0])
  .property('Noun', 'string', (i) => verbNoun(i.name)[1])
  .property('ScriptBlock', 'scriptblock', (i) => i.scriptBlock)
  .property('Definition', 'string', (i) => i.scriptBlock.text)
  .property('CmdletBinding', 'bool', (i) => i.metadata.isAdvanced)
  .property('Parameters', 'System.Collections.Generic.Dictionary[string,System.Management.Automation.ParameterMetadata]', (i) =>
    parametersTable(i.metadata),
  )
  .property('ParameterSets', 'System.Collections.ObjectModel.ReadOnlyCollection[System.Management.Automation.CommandParameterSetInfo]', (i) =>
    setSyntaxTexts(i.metadata),
  )
  .property('Options', 'System.Management.Automation.ScopedItemOptions', () => 'None')
  .property('Visibility', 'System.Management.Automation.SessionStateEntryVisibility', () => 'Public');

defineFamily((v): v is AliasCommandInfo => v instanceof AliasCommandInfo)
  .property('Name', 'string', (i) => i.name)
  .property('CommandType', COMMAND_TYPES, () => enumValue(COMMAND_TYPES, 'Alias'))
  .property('Definition', 'string', (i) => i.definition)
  .property('ReferencedCommand', 'System.Management.Automation.CommandInfo', (i) => i.resolved)
  .property('ResolvedCommand', 'System.Management.Automation.CommandInfo', (i) => i.resolved)
  .property('ResolvedCommandName', 'string', (i) => i.resolved?.name ?? null)
  .property('DisplayName', 'string', (i) => i.displayName)
  .property('Version', 'version', () => null)
  .property('Source', 'string', () => '')
  .property('ModuleName', 'string', () => '')
  .property('Options', 'System.Management.Automation.ScopedItemOptions', (i) => i.options)
  .property('Description', 'string', (i) => i.description)
  .property('Visibility', 'System.Management.Automation.SessionStateEntryVisibility', () => 'Public');

/** The Name column shows an alias as `gv -> Get-Variable`. */
const nameColumn = (v: unknown): unknown => (v instanceof AliasCommandInfo ? v.displayName : v instanceof CmdletCommandInfo || v instanceof FunctionCommandInfo ? v.name : null);
const versionColumn = (v: unknown): unknown => (v instanceof CmdletCommandInfo ? moduleVersion(v.module) : null);
const sourceColumn = (v: unknown): unknown => (v instanceof CmdletCommandInfo ? v.module : '');
const typeColumn = (v: unknown): unknown =>
  v instanceof AliasCommandInfo ? 'Alias' : v instanceof CmdletCommandInfo ? 'Cmdlet' : v instanceof FunctionCommandInfo ? v.kind : null;

for (const typeName of [
  'System.Management.Automation.CmdletInfo',
  'System.Management.Automation.FunctionInfo',
  'System.Management.Automation.FilterInfo',
  'System.Management.Automation.AliasInfo',
]) {
  registerDefaultView(typeName, {
    kind: 'table',
    columns: [
      { label: 'CommandType', property: typeColumn, width: 15 },
      { label: 'Name', property: nameColumn, width: 50 },
      { label: 'Version', property: versionColumn, width: 10 },
      { label: 'Source', property: sourceColumn },
    ],
  });
}
