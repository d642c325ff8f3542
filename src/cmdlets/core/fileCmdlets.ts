/** The file cmdlet family of the core module (registered by core/index.ts): CSV, JSON and items. */
import type { CmdletInfo } from '../../runtime/commands/defineCmdlet.js';
import AddContent from './Add-Content.js';
import ConvertFromCsv from './ConvertFrom-Csv.js';
import ConvertFromJson from './ConvertFrom-Json.js';
import ConvertToCsv from './ConvertTo-Csv.js';
import ConvertToJson from './ConvertTo-Json.js';
import CopyItem from './Copy-Item.js';
import ExportCsv from './Export-Csv.js';
import GetChildItem from './Get-ChildItem.js';
import GetContent from './Get-Content.js';
import GetItem from './Get-Item.js';
import GetLocation from './Get-Location.js';
import ImportCsv from './Import-Csv.js';
import JoinPath from './Join-Path.js';
import MoveItem from './Move-Item.js';
import NewItem from './New-Item.js';
import OutFile from './Out-File.js';
import PopLocation from './Pop-Location.js';
import PushLocation from './Push-Location.js';
import RemoveItem from './Remove-Item.js';
import RenameItem from './Rename-Item.js';
import ResolvePath from './Resolve-Path.js';
import SetContent from './Set-Content.js';
import SetLocation from './Set-Location.js';
import SplitPath from './Split-Path.js';
import TestPath from './Test-Path.js';

export const fileCmdlets: readonly CmdletInfo[] = [
  AddContent,
  ConvertFromCsv,
  ConvertFromJson,
  ConvertToCsv,
  ConvertToJson,
  CopyItem,
  ExportCsv,
  GetChildItem,
  GetContent,
  GetItem,
  GetLocation,
  ImportCsv,
  JoinPath,
  MoveItem,
  NewItem,
  OutFile,
  PopLocation,
  PushLocation,
  RemoveItem,
  RenameItem,
  ResolvePath,
  SetContent,
  SetLocation,
  SplitPath,
  TestPath,
];
