/** The data cmdlet family of the core module (registered by core/index.ts). */
import type { CmdletInfo } from '../../runtime/commands/defineCmdlet.js';
import AddMember from './Add-Member.js';
import CompareObject from './Compare-Object.js';
import GetMember from './Get-Member.js';
import GetUnique from './Get-Unique.js';
import GroupObject from './Group-Object.js';
import JoinString from './Join-String.js';
import MeasureObject from './Measure-Object.js';
import SelectString from './Select-String.js';
import SortObject from './Sort-Object.js';
import TeeObject from './Tee-Object.js';
// The members scripts read on the objects these cmdlets write ($m.Sum, $g.Values, ...).
import '../shared/dataValueMembers.js';

export const dataCmdlets: readonly CmdletInfo[] = [
  AddMember,
  CompareObject,
  GetMember,
  GetUnique,
  GroupObject,
  JoinString,
  MeasureObject,
  SelectString,
  SortObject,
  TeeObject,
];
