/** New-Variable: creates a variable in the caller's scope (or -Scope); an existing one needs -Force. */
import { SCOPED_ITEM_OPTIONS, enumNames } from '../shared/session/sessionEnums.js';
import { defineCmdlet, param } from '../../runtime/commands/defineCmdlet.js';
import { toStr } from '../../runtime/convert/toStringValue.js';
import { VariableInfo } from '../shared/session/variableInfo.js';
import { valueForTarget, variableAlreadyExists, variableNotWritable, variableOption } from '../shared/session/variableStore.js';
import { targetScope } from '../shared/session/targetScope.js';

export default defineCmdlet({
  name: 'New-Variable',
  module: 'Microsoft.PowerShell.Utility',
  aliases: ['nv'],
  supportsShouldProcess: true,
  confirmImpact: 'Low',
  outputType: 'System.Management.Automation.PSVariable',
  synopsis: 'Creates a new variable.',
  parameters: {
    Name: param.string({ mandatory: true, position: 0, byPropertyName: true }),
    Value: param.object({ position: 1, fromPipeline: true, byPropertyName: true }),
    Description: param.string(),
    Option: param.typed<unknown>(SCOPED_ITEM_OPTIONS),
    Visibility: param.string({ validateSet: ['Public', 'Private'] }),
    Force: param.switch(),
    PassThru: param.switch(),
    Scope: param.string(),
  },
  invoke: (c) => ({
    process() {
      const name = c.params.Name ?? '';
      const scope = targetScope(c) ?? c.callerCtx.scope;
      const lower = name.toLowerCase();
      const existing = scope.vars.get(lower);
      if (existing && !c.params.Force) {
        c.writeError(variableAlreadyExists(name, c.commandName));
        return;
      }
      if (existing && existing.options === 'Constant') {
        c.writeError(variableNotWritable(name, c.commandName));
        return;
      }
      const value = c.params.Value ?? null;
      if (!c.shouldProcess(`Name: ${name} Value: ${valueForTarget(value, (v) => toStr(v))}`, 'New variable')) return;
      if (existing) scope.vars.delete(lower);
      const v = scope.setLocal(lower, name, value);
      if (c.params.Description !== undefined) v.description = c.params.Description;
      if (c.params.Option !== undefined) v.options = variableOption(enumNames(c.params.Option));
      if (c.params.PassThru) c.write(new VariableInfo(v));
    },
  }),
});
