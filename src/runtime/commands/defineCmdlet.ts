/**
 * A cmdlet is a declaration: its parameters as pwsh's [Parameter()] attributes would declare them,
 * and a body with begin/process/end. The body's `params` type follows from the declaration, so a
 * misspelt parameter name does not compile.
 *
 *   export default defineCmdlet({
 *     name: 'Get-Thing', module: 'Microsoft.PowerShell.Utility',
 *     parameters: { Name: param.string({ position: 0, mandatory: true }) },
 *     invoke: (c) => ({ process() { c.write(c.params.Name); } }),
 *   });
 */
import type { ScriptBlockValue } from '../values/ScriptBlock.js';
import type { PSHashtable } from '../values/Hashtable.js';
import { resolveType } from '../types/registry.js';
import type { CmdletCall } from './CmdletCall.js';
import {
  ALL_SETS,
  buildCommandMetadata,
  type CommandMetadata,
  type ParameterMetadata,
  type SetMembership,
  type Validator,
} from './metadata.js';
import { validateNotNullOrEmpty, validateRange, validateSet } from './validators.js';

export interface SetOptions {
  mandatory?: boolean;
  position?: number;
  fromPipeline?: boolean;
  byPropertyName?: boolean;
}

export interface ParamOptions extends SetOptions {
  aliases?: string[];
  /** The parameter sets this parameter belongs to; omitted: all sets. Per-set options override. */
  sets?: string[] | Record<string, SetOptions>;
  validateSet?: string[];
  validateNotNullOrEmpty?: boolean;
  validateRange?: [number, number];
  allowNull?: boolean;
  allowEmptyString?: boolean;
  allowEmptyCollection?: boolean;
  fromRemainingArguments?: boolean;
  helpMessage?: string;
}

export interface ParamDecl<T> extends ParamOptions {
  /** A PowerShell type name ('string', 'string[]', 'int', 'object', 'switch'...). */
  readonly type: string;
  /** Phantom: the value type the body sees. */
  readonly __value?: T;
}

const decl =
  <T>(type: string) =>
  (o: ParamOptions = {}): ParamDecl<T> => ({ ...o, type });

/** Declaration helpers, by the value the body receives. */
export const param = {
  string: decl<string>('string'),
  strings: decl<string[]>('string[]'),
  int: decl<number>('int'),
  ints: decl<number[]>('int[]'),
  long: decl<unknown>('long'),
  double: decl<unknown>('double'),
  bool: decl<boolean>('bool'),
  /** A [switch]: the body sees true when present (and not -Name:$false). */
  switch: decl<boolean>('switch'),
  object: decl<unknown>('object'),
  objects: decl<unknown[]>('object[]'),
  psobject: decl<unknown>('psobject'),
  scriptBlock: decl<ScriptBlockValue>('scriptblock'),
  scriptBlocks: decl<ScriptBlockValue[]>('scriptblock[]'),
  hashtable: decl<PSHashtable>('hashtable'),
  /** Any other type: give the PowerShell type name. */
  typed: <T>(type: string, o: ParamOptions = {}): ParamDecl<T> => ({ ...o, type }),
};

export type ParamDecls = Record<string, ParamDecl<unknown>>;
export type ParamValues<P extends ParamDecls> = { [K in keyof P]?: P[K] extends ParamDecl<infer T> ? T : never };

export interface CmdletBody {
  begin?(): void;
  process?(): void;
  end?(): void;
}

export interface CmdletDefinition<P extends ParamDecls> {
  name: string;
  module: string;
  aliases?: string[];
  defaultParameterSet?: string;
  supportsShouldProcess?: boolean;
  confirmImpact?: 'None' | 'Low' | 'Medium' | 'High';
  /** The .NET type name of the objects written (Get-Command's OutputType). */
  outputType?: string;
  /** One line for Get-Help's SYNOPSIS. */
  synopsis?: string;
  parameters: P;
  /** Called once per invocation; the returned blocks share its closure as their state. */
  invoke(call: CmdletCall<ParamValues<P>>): CmdletBody;
}

export interface CmdletInfo {
  readonly kind: 'Cmdlet';
  readonly name: string;
  readonly module: string;
  readonly aliases: readonly string[];
  readonly metadata: CommandMetadata;
  readonly outputType: string | null;
  readonly synopsis: string;
  readonly invoke: (call: CmdletCall<Record<string, unknown>>) => CmdletBody;
}

function membership(set: string, o: SetOptions, remaining: boolean): SetMembership {
  return {
    set,
    mandatory: o.mandatory ?? false,
    position: o.position ?? null,
    fromPipeline: o.fromPipeline ?? false,
    byPropertyName: o.byPropertyName ?? false,
    fromRemainingArguments: remaining,
  };
}

function toParameterMetadata(name: string, d: ParamDecl<unknown>): ParameterMetadata {
  const isSwitch = d.type === 'switch';
  const type = isSwitch || d.type === 'object' ? null : resolveType(d.type);
  if (!isSwitch && d.type !== 'object' && !type) throw new Error(`${name}: unknown parameter type ${d.type}`);
  const base: SetOptions = d;
  const remaining = d.fromRemainingArguments ?? false;
  let sets: SetMembership[];
  if (!d.sets) sets = [membership(ALL_SETS, base, remaining)];
  else if (Array.isArray(d.sets)) sets = d.sets.map((s) => membership(s, base, remaining));
  else sets = Object.entries(d.sets).map(([s, o]) => membership(s, { ...base, ...o }, remaining));
  const validators: Validator[] = [];
  if (d.validateSet) validators.push(validateSet(d.validateSet, false));
  if (d.validateNotNullOrEmpty) validators.push(validateNotNullOrEmpty);
  if (d.validateRange) validators.push(validateRange(d.validateRange[0], d.validateRange[1]));
  return {
    name,
    type,
    isSwitch,
    aliases: d.aliases ?? [],
    sets,
    validators,
    allowNull: d.allowNull ?? false,
    allowEmptyString: d.allowEmptyString ?? false,
    allowEmptyCollection: d.allowEmptyCollection ?? false,
    isCommon: false,
    isScriptParameter: false,
    ...(d.helpMessage ? { helpMessage: d.helpMessage } : {}),
    ...(d.validateSet ? { validValues: d.validateSet } : {}),
  };
}

export function defineCmdlet<P extends ParamDecls>(def: CmdletDefinition<P>): CmdletInfo {
  const parameters = Object.entries(def.parameters).map(([n, d]) => toParameterMetadata(n, d));
  return {
    kind: 'Cmdlet',
    name: def.name,
    module: def.module,
    aliases: def.aliases ?? [],
    metadata: buildCommandMetadata({
      name: def.name,
      parameters,
      defaultParameterSet: def.defaultParameterSet ?? null,
      supportsShouldProcess: def.supportsShouldProcess ?? false,
      confirmImpact: def.confirmImpact ?? 'Medium',
      isAdvanced: true,
    }),
    outputType: def.outputType ?? null,
    synopsis: def.synopsis ?? '',
    invoke: def.invoke as unknown as CmdletInfo['invoke'],
  };
}
