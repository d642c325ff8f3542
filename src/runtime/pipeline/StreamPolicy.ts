/**
 * What a command does with each stream: the -ErrorAction/-WarningAction/-Verbose/-Debug/-WhatIf/
 * -Confirm common parameters when given, else the preference variables ($ErrorActionPreference,
 * $WhatIfPreference, ...) as seen from the calling scope (about_Preference_Variables).
 */
import { toBool } from '../convert/toBoolean.js';
import { toStr } from '../convert/toStringValue.js';
import type { Scope } from '../scope.js';
import { SwitchParameter } from '../values/scalars.js';

export type ActionPreference = 'Continue' | 'SilentlyContinue' | 'Stop' | 'Inquire' | 'Ignore' | 'Suspend' | 'Break';

export interface StreamPolicy {
  errorAction: ActionPreference;
  warningAction: ActionPreference;
  informationAction: ActionPreference;
  verbose: boolean;
  debug: boolean;
  whatIf: boolean;
  /** -Confirm given explicitly (true/false), or null: decided by ConfirmImpact vs $ConfirmPreference. */
  confirm: boolean | null;
  confirmPreference: 'None' | 'Low' | 'Medium' | 'High';
  errorVariable: string | null;
  warningVariable: string | null;
  outVariable: string | null;
  informationVariable: string | null;
  /** -PipelineVariable: each object the command writes is also this variable in the caller's scope. */
  pipelineVariable: string | null;
}

const normal = (v: unknown, fallback: ActionPreference): ActionPreference => {
  if (v === null || v === undefined) return fallback;
  const s = toStr(v).toLowerCase();
  const all: ActionPreference[] = ['Continue', 'SilentlyContinue', 'Stop', 'Inquire', 'Ignore', 'Suspend', 'Break'];
  return all.find((a) => a.toLowerCase() === s) ?? fallback;
};

function pref(scope: Scope, name: string): unknown {
  return scope.lookup(name)?.value ?? null;
}

function flag(v: unknown): boolean {
  return v instanceof SwitchParameter ? v.isPresent : toBool(v);
}

export function streamPolicy(scope: Scope, common: ReadonlyMap<string, unknown>): StreamPolicy {
  const verboseParam = common.get('Verbose');
  const debugParam = common.get('Debug');
  const whatIfParam = common.get('WhatIf');
  const confirmParam = common.get('Confirm');
  const verbosePref = normal(pref(scope, 'verbosepreference'), 'SilentlyContinue');
  const debugPref = normal(pref(scope, 'debugpreference'), 'SilentlyContinue');
  const confirmPref = toStr(pref(scope, 'confirmpreference') ?? 'High');
  return {
    errorAction: normal(common.get('ErrorAction') ?? pref(scope, 'erroractionpreference'), 'Continue'),
    warningAction: normal(common.get('WarningAction') ?? pref(scope, 'warningpreference'), 'Continue'),
    informationAction: normal(common.get('InformationAction') ?? pref(scope, 'informationpreference'), 'SilentlyContinue'),
    verbose: verboseParam !== undefined ? flag(verboseParam) : verbosePref === 'Continue' || verbosePref === 'Stop',
    debug: debugParam !== undefined ? flag(debugParam) : debugPref === 'Continue' || debugPref === 'Stop',
    whatIf: whatIfParam !== undefined ? flag(whatIfParam) : toBool(pref(scope, 'whatifpreference')),
    confirm: confirmParam !== undefined ? flag(confirmParam) : null,
    confirmPreference: (['None', 'Low', 'Medium', 'High'].find((x) => x.toLowerCase() === confirmPref.toLowerCase()) ?? 'High') as StreamPolicy['confirmPreference'],
    errorVariable: common.has('ErrorVariable') ? toStr(common.get('ErrorVariable')) : null,
    warningVariable: common.has('WarningVariable') ? toStr(common.get('WarningVariable')) : null,
    outVariable: common.has('OutVariable') ? toStr(common.get('OutVariable')) : null,
    informationVariable: common.has('InformationVariable') ? toStr(common.get('InformationVariable')) : null,
    pipelineVariable: common.has('PipelineVariable') ? toStr(common.get('PipelineVariable')) : null,
  };
}

const impactRank = { None: 0, Low: 1, Medium: 2, High: 3 } as const;

/** Whether ShouldProcess must ask: -Confirm, or the command's impact at or above $ConfirmPreference. */
export function confirmationRequired(policy: StreamPolicy, impact: 'None' | 'Low' | 'Medium' | 'High'): boolean {
  if (policy.confirm !== null) return policy.confirm;
  if (policy.confirmPreference === 'None') return false;
  return impactRank[impact] >= impactRank[policy.confirmPreference];
}
