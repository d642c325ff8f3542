/**
 * Set-Variable: sets (creating when needed) variables in the caller's scope or the -Scope given.
 * Values piped in are collected and set together at the end, as pwsh does.
 */
import { SCOPED_ITEM_OPTIONS, enumNames } from '../shared/session/sessionEnums.js';
import { defineCmdlet, param } from '../../runtime/commands/defineCmdlet.js';
import { toStr } from '../../runtime/convert/toStringValue.js';
import { hasWildcards } from '../../runtime/regex/wildcard.js';
import { VariableInfo } from '../shared/session/variableInfo.js';
import { isProtected, valueForTarget, variableNotWritable, variableOption } from '../shared/session/variableStore.js';
import { matchesAny, passesFilters } from '../shared/session/nameFilter.js';
import { targetScope } from '../shared/session/targetScope.js';

export default defineCmdlet({
  name: 'Set-Variable',
  module: 'Microsoft.PowerShell.Utility',
  aliases: ['set', 'sv'],
  supportsShouldProcess: true,
  confirmImpact: 'Medium',
  outputType: 'System.Management.Automation.PSVariable',
  synopsis: 'Sets the value of a variable. Creates the variable if one with the requested name does not exist.',
  parameters: {
    Name: param.strings({ mandatory: true, position: 0, byPropertyName: true }),
    Value: param.object({ position: 1, fromPipeline: true, byPropertyName: true }),
    Include: param.strings(),
    Exclude: param.strings(),
    Description: param.string(),
    Option: param.typed<unknown>(SCOPED_ITEM_OPTIONS),
    Force: param.switch(),
    Visibility: param.string({ validateSet: ['Public', 'Private'] }),
    PassThru: param.switch(),
    Append: param.switch(),
    Scope: param.string(),
  },
  invoke: (c) => {
    const piped: unknown[] = [];

    const setOne = (name: string, value: unknown, hasValue: boolean): void => {
      const scope = targetScope(c) ?? c.callerCtx.scope;
      const lower = name.toLowerCase();
      const existing = scope.vars.get(lower);
      if (existing && (existing.options === 'Constant' || (isProtected(existing) && !c.params.Force))) {
        c.writeError(variableNotWritable(existing.name, c.commandName));
        return;
      }
      const target = `Name: ${name}${hasValue ? ` Value: ${valueForTarget(value, (v) => toStr(v))}` : ''}`;
      if (!c.shouldProcess(target, 'Set variable')) return;
      const v = existing ?? scope.setLocal(lower, name, null);
      if (hasValue) {
        if (c.params.Append && existing && v.value !== null) {
          v.value = [...(Array.isArray(v.value) ? v.value : [v.value]), ...(Array.isArray(value) ? value : [value])];
        } else v.value = value;
      }
      if (c.params.Description !== undefined) v.description = c.params.Description;
      if (c.params.Option !== undefined) v.options = variableOption(enumNames(c.params.Option));
      if (c.params.PassThru) c.write(new VariableInfo(v));
    };

    const setAll = (value: unknown, hasValue: boolean): void => {
      for (const name of c.params.Name ?? []) {
        if (!hasWildcards(name)) {
          if (passesFilters(name, c.params.Include, c.params.Exclude)) setOne(name, value, hasValue);
          continue;
        }
        const scope = targetScope(c) ?? c.callerCtx.scope;
        for (const v of [...scope.vars.values()]) {
          if (matchesAny(v.name, [name]) && passesFilters(v.name, c.params.Include, c.params.Exclude)) setOne(v.name, value, hasValue);
        }
      }
    };

    return {
      process() {
        if (c.expectingInput) piped.push(c.params.Value);
        else setAll(c.params.Value ?? null, c.isBound('Value'));
      },
      end() {
        if (!c.expectingInput) return;
        setAll(piped.length === 1 ? piped[0] : piped, true);
      },
    };
  },
});
