/**
 * Parameter and command metadata: what pwsh's [Parameter()], [Alias()], [CmdletBinding()] and the
 * validation attributes declare. One binder reads it for cmdlets and script functions alike, and
 * Get-Command, Get-Help and the error messages read it too.
 */
import type { PSType } from '../types/PSType.js';

export const ALL_SETS = '__AllParameterSets';

export interface SetMembership {
  readonly set: string;
  readonly mandatory: boolean;
  /** Position among positional parameters, or null for named-only. */
  readonly position: number | null;
  readonly fromPipeline: boolean;
  readonly byPropertyName: boolean;
  readonly fromRemainingArguments: boolean;
}

/** Validation runs after conversion; it throws a ValidationError with pwsh's text. */
export type Validator = (value: unknown, parameterName: string) => void;

export interface ParameterMetadata {
  readonly name: string;
  /** Null: [object], no conversion. */
  readonly type: PSType | null;
  readonly isSwitch: boolean;
  readonly aliases: readonly string[];
  readonly sets: readonly SetMembership[];
  readonly validators: readonly Validator[];
  readonly allowNull: boolean;
  readonly allowEmptyString: boolean;
  readonly allowEmptyCollection: boolean;
  /** Common parameters (-ErrorAction ...) are handled by the runtime, not the command body. */
  readonly isCommon: boolean;
  /** Script parameters: a type constraint is an argument transformation (different error text). */
  readonly isScriptParameter: boolean;
  readonly helpMessage?: string;
  /** ValidateSet values, for Get-Help and tab completion. */
  readonly validValues?: readonly string[];
}

export interface CommandMetadata {
  readonly name: string;
  readonly parameters: readonly ParameterMetadata[];
  /** Lower-case name and alias -> parameter. */
  readonly byName: ReadonlyMap<string, ParameterMetadata>;
  readonly defaultParameterSet: string;
  /** Every set name other than __AllParameterSets (empty when the command has only the default). */
  readonly setNames: readonly string[];
  readonly supportsShouldProcess: boolean;
  readonly confirmImpact: 'None' | 'Low' | 'Medium' | 'High';
  /** Advanced (cmdlet or [CmdletBinding()] function): common parameters, no $args. */
  readonly isAdvanced: boolean;
  readonly positionalBinding: boolean;
}

const common = (name: string, aliases: string[], type: PSType | null, isSwitch = false): ParameterMetadata => ({
  name,
  type,
  isSwitch,
  aliases,
  sets: [
    {
      set: ALL_SETS,
      mandatory: false,
      position: null,
      fromPipeline: false,
      byPropertyName: false,
      fromRemainingArguments: false,
    },
  ],
  validators: [],
  allowNull: false,
  allowEmptyString: false,
  allowEmptyCollection: false,
  isCommon: true,
  isScriptParameter: false,
});

/** The common parameters (about_CommonParameters), plus WhatIf/Confirm for ShouldProcess commands. */
export function commonParameters(supportsShouldProcess: boolean): ParameterMetadata[] {
  const list = [
    common('Verbose', ['vb'], null, true),
    common('Debug', ['db'], null, true),
    common('ErrorAction', ['ea'], null),
    common('WarningAction', ['wa'], null),
    common('InformationAction', ['infa'], null),
    common('ProgressAction', ['proga'], null),
    common('ErrorVariable', ['ev'], null),
    common('WarningVariable', ['wv'], null),
    common('InformationVariable', ['iv'], null),
    common('OutVariable', ['ov'], null),
    common('OutBuffer', ['ob'], null),
    common('PipelineVariable', ['pv'], null),
  ];
  if (supportsShouldProcess) list.push(common('WhatIf', ['wi'], null, true), common('Confirm', ['cf'], null, true));
  return list;
}

export function buildCommandMetadata(init: {
  name: string;
  parameters: ParameterMetadata[];
  defaultParameterSet?: string | null;
  supportsShouldProcess?: boolean;
  confirmImpact?: 'None' | 'Low' | 'Medium' | 'High';
  isAdvanced: boolean;
  positionalBinding?: boolean;
}): CommandMetadata {
  const params = init.isAdvanced
    ? [...init.parameters, ...commonParameters(init.supportsShouldProcess ?? false)]
    : init.parameters;
  const byName = new Map<string, ParameterMetadata>();
  for (const p of params) {
    byName.set(p.name.toLowerCase(), p);
    for (const a of p.aliases) byName.set(a.toLowerCase(), p);
  }
  const setNames = new Set<string>();
  for (const p of params) for (const s of p.sets) if (s.set !== ALL_SETS) setNames.add(s.set);
  // A default set with no parameters of its own (New-Guid's) is still a set the binder can choose.
  if (init.defaultParameterSet && init.defaultParameterSet !== ALL_SETS && setNames.size > 0) setNames.add(init.defaultParameterSet);
  return {
    name: init.name,
    parameters: params,
    byName,
    defaultParameterSet: init.defaultParameterSet ?? (setNames.size > 0 ? [...setNames][0]! : ALL_SETS),
    setNames: [...setNames],
    supportsShouldProcess: init.supportsShouldProcess ?? false,
    confirmImpact: init.confirmImpact ?? 'Medium',
    isAdvanced: init.isAdvanced,
    positionalBinding: init.positionalBinding ?? true,
  };
}

/** pwsh's name for a parameter type in messages: `System.String`, `System.Int32`, `System.Object`. */
export function parameterTypeName(p: ParameterMetadata): string {
  if (p.isSwitch) return 'System.Management.Automation.SwitchParameter';
  return p.type ? p.type.fullName : 'System.Object';
}
