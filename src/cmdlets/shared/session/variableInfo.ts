/**
 * What Get-Variable and Set-Variable -PassThru write: a System.Management.Automation.PSVariable
 * over the runtime's variable, so `(Get-Variable x).Value = 5` changes the variable itself. It has
 * pwsh's properties and its table view (Name 30 wide, then Value).
 */
import { defineFamily } from '../../../runtime/members/families.js';
import { registerDefaultView } from '../../../runtime/format/views.js';
import type { PSVariable } from '../../../runtime/scope.js';
import { toStr } from '../../../runtime/convert/toStringValue.js';
import { SCOPED_ITEM_OPTIONS } from './sessionEnums.js';
import { enumValue } from './enumValue.js';

export const PSVARIABLE_TYPE = 'System.Management.Automation.PSVariable';

export class VariableInfo {
  readonly psTypeName = PSVARIABLE_TYPE;
  constructor(readonly variable: PSVariable) {}
  psToString(): string {
    return PSVARIABLE_TYPE;
  }
}


defineFamily((v): v is VariableInfo => v instanceof VariableInfo)
  .property('Name', 'string', (i) => i.variable.name)
  .property(
    'Description',
    'string',
    (i) => i.variable.description,
    (i, value) => {
      i.variable.description = toStr(value);
    },
  )
  .property(
    'Value',
    'System.Object',
    (i) => i.variable.value,
    (i, value) => {
      i.variable.value = value;
    },
  )
  .property('Visibility', 'System.Management.Automation.SessionStateEntryVisibility', () => 'Public')
  .property('Module', 'psmoduleinfo', () => null)
  .property('ModuleName', 'string', () => '')
  .property('Options', SCOPED_ITEM_OPTIONS, (i) => enumValue(SCOPED_ITEM_OPTIONS, i.variable.options))
  .property('Attributes', 'System.Collections.ObjectModel.Collection[System.Attribute]', () => []);

registerDefaultView(PSVARIABLE_TYPE, {
  kind: 'table',
  columns: [
    { label: 'Name', property: 'Name', width: 30 },
    { label: 'Value', property: 'Value' },
  ],
});
