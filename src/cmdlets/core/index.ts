/** The core cmdlets (Microsoft.PowerShell.Core, .Utility, .Management, .Security). */
import type { CmdletInfo } from '../../runtime/commands/defineCmdlet.js';
import ForEachObject from './ForEach-Object.js';
import FormatList from './Format-List.js';
import FormatTable from './Format-Table.js';
import FormatWide from './Format-Wide.js';
import OutDefault from './Out-Default.js';
import OutHost from './Out-Host.js';
import OutNull from './Out-Null.js';
import OutString from './Out-String.js';
import SelectObject from './Select-Object.js';
import WhereObject from './Where-Object.js';
import WriteDebug from './Write-Debug.js';
import WriteError from './Write-Error.js';
import WriteHost from './Write-Host.js';
import WriteInformation from './Write-Information.js';
import WriteOutput from './Write-Output.js';
import WriteVerbose from './Write-Verbose.js';
import WriteWarning from './Write-Warning.js';
import { dataCmdlets } from './dataCmdlets.js';
import { fileCmdlets } from './fileCmdlets.js';
import { sessionCmdlets } from './sessionCmdlets.js';

export const coreCmdlets: readonly CmdletInfo[] = [
  ForEachObject,
  FormatList,
  FormatTable,
  FormatWide,
  OutDefault,
  OutHost,
  OutNull,
  OutString,
  SelectObject,
  WhereObject,
  WriteDebug,
  WriteError,
  WriteHost,
  WriteInformation,
  WriteOutput,
  WriteVerbose,
  WriteWarning,
  ...dataCmdlets,
  ...fileCmdlets,
  ...sessionCmdlets,
];
