/**
 * The variables a new session starts with: preference variables at their defaults
 * (about_Preference_Variables) and the automatic variables scripts read (about_Automatic_Variables).
 */
import { homedir } from 'node:os';
import { PSHashtable } from './values/Hashtable.js';
import { PSObject } from './values/PSObject.js';
import type { Runtime } from './Runtime.js';
import { PSVariable } from './scope.js';
import { convertTo } from './convert/convertTo.js';
import './members/index.js';
import { restrictedExecutionContext } from './sandbox/executionContext.js';

export function initializeAutomaticVariables(rt: Runtime): void {
  const g = rt.global;
  const set = (name: string, value: unknown, constant = false): void => {
    const v = new PSVariable(name, value);
    if (constant) v.options = 'Constant';
    g.vars.set(name.toLowerCase(), v);
  };
  set('ErrorActionPreference', 'Continue');
  set('WarningPreference', 'Continue');
  set('VerbosePreference', 'SilentlyContinue');
  set('DebugPreference', 'SilentlyContinue');
  set('InformationPreference', 'SilentlyContinue');
  set('ProgressPreference', 'Continue');
  set('WhatIfPreference', false);
  set('ConfirmPreference', 'High');
  set('FormatEnumerationLimit', 4);
  set('MaximumHistoryCount', 4096);
  set('Error', rt.errorList, true);
  set('HOME', rt.env.get('HOME') ?? homedir());
  set('PID', process.pid, true);
  set('PSHOME', '/opt/microsoft/powershell/7');
  set('PSEdition', 'Core', true);
  set('PSCulture', 'en-US', true);
  set('PSUICulture', 'en-US', true);
  set('ShellId', 'Microsoft.PowerShell', true);
  set('IsWindows', process.platform === 'win32', true);
  set('IsLinux', process.platform === 'linux', true);
  set('IsMacOS', process.platform === 'darwin', true);
  set('IsCoreCLR', true, true);
  set('NestedPromptLevel', 0);
  set('PSDefaultParameterValues', new PSHashtable());
  set('ExecutionContext', restrictedExecutionContext(), true);
  const versionTable = new PSHashtable();
  versionTable.set('PSVersion', convertTo('7.4.0', 'version'));
  versionTable.set('PSEdition', 'Core');
  versionTable.set('OS', 'tenantsh');
  versionTable.set('Platform', process.platform === 'win32' ? 'Win32NT' : 'Unix');
  set('PSVersionTable', versionTable);
  const host = new PSObject(null, ['System.Management.Automation.Internal.Host.InternalHost', 'System.Object']);
  host.setNote('Name', 'tenantsh');
  host.setNote('Version', '7.4.0');
  set('Host', host);
}
