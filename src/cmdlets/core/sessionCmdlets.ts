/** The session cmdlet family of the core module (registered by core/index.ts). */
import type { CmdletInfo } from '../../runtime/commands/defineCmdlet.js';
import AddType from './Add-Type.js';
import ClearVariable from './Clear-Variable.js';
import ConvertFromSecureString from './ConvertFrom-SecureString.js';
import ConvertToSecureString from './ConvertTo-SecureString.js';
import GetAlias from './Get-Alias.js';
import GetCommand from './Get-Command.js';
import GetCredential from './Get-Credential.js';
import GetCulture from './Get-Culture.js';
import GetDate from './Get-Date.js';
import GetHelp from './Get-Help.js';
import GetHost from './Get-Host.js';
import GetModule from './Get-Module.js';
import GetRandom from './Get-Random.js';
import GetUICulture from './Get-UICulture.js';
import GetVariable from './Get-Variable.js';
import ImportModule from './Import-Module.js';
import InstallModule from './Install-Module.js';
import InvokeCommand from './Invoke-Command.js';
import InvokeExpression from './Invoke-Expression.js';
import NewAlias from './New-Alias.js';
import NewGuid from './New-Guid.js';
import NewObject from './New-Object.js';
import NewTimeSpan from './New-TimeSpan.js';
import NewVariable from './New-Variable.js';
import ReadHost from './Read-Host.js';
import RemoveModule from './Remove-Module.js';
import RemoveVariable from './Remove-Variable.js';
import SetAlias from './Set-Alias.js';
import SetStrictMode from './Set-StrictMode.js';
import SetVariable from './Set-Variable.js';
import StartSleep from './Start-Sleep.js';
import StartTranscript from './Start-Transcript.js';
import StopTranscript from './Stop-Transcript.js';
import WriteProgress from './Write-Progress.js';

export const sessionCmdlets: readonly CmdletInfo[] = [
  AddType,
  ClearVariable,
  ConvertFromSecureString,
  ConvertToSecureString,
  GetAlias,
  GetCommand,
  GetCredential,
  GetCulture,
  GetDate,
  GetHelp,
  GetHost,
  GetModule,
  GetRandom,
  GetUICulture,
  GetVariable,
  ImportModule,
  InstallModule,
  InvokeCommand,
  InvokeExpression,
  NewAlias,
  NewGuid,
  NewObject,
  NewTimeSpan,
  NewVariable,
  ReadHost,
  RemoveModule,
  RemoveVariable,
  SetAlias,
  SetStrictMode,
  SetVariable,
  StartSleep,
  StartTranscript,
  StopTranscript,
  WriteProgress,
];
