/** Set-Alias: defines or redefines an alias in the caller's scope (or -Scope). */
import { SCOPED_ITEM_OPTIONS, enumNames } from '../shared/session/sessionEnums.js';
import { defineCmdlet, param } from '../../runtime/commands/defineCmdlet.js';
import { aliasDefinitionCmdlet } from '../shared/session/aliasDefinition.js';

export default defineCmdlet({
  name: 'Set-Alias',
  module: 'Microsoft.PowerShell.Utility',
  aliases: ['sal'],
  supportsShouldProcess: true,
  confirmImpact: 'Low',
  outputType: 'System.Management.Automation.AliasInfo',
  synopsis: 'Creates or changes an alias for a cmdlet or other command in the current PowerShell session.',
  parameters: {
    Name: param.string({ mandatory: true, position: 0, byPropertyName: true }),
    Value: param.string({ mandatory: true, position: 1, byPropertyName: true }),
    Description: param.string(),
    Option: param.typed<unknown>(SCOPED_ITEM_OPTIONS),
    PassThru: param.switch(),
    Scope: param.string(),
    Force: param.switch(),
  },
  invoke: (c) => ({
    process() {
      aliasDefinitionCmdlet(c, { isNew: false, options: c.params.Option === undefined ? undefined : enumNames(c.params.Option).join(', ') });
    },
  }),
});
