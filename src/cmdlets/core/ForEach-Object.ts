/**
 * ForEach-Object: runs script blocks per pipeline object in the caller's scope, or reads a member
 * of each object (`ForEach-Object Name`). With several script blocks the first is -Begin and the
 * last -End when there are three or more (pwsh's rule for -Process {a},{b},{c}).
 */
import { defineCmdlet, param } from '../../runtime/commands/defineCmdlet.js';
import type { ScriptBlockValue } from '../../runtime/values/ScriptBlock.js';
import { callMethod, getMemberValue } from '../../runtime/compile/memberAccess.js';
import { at } from '../../runtime/compile/errorsAt.js';
import { getMember } from '../../runtime/members/index.js';
import { PSObject } from '../../runtime/values/PSObject.js';
import { PSHashtable } from '../../runtime/values/Hashtable.js';

function hasProperty(input: unknown, name: string): boolean {
  if (input instanceof PSObject && input.getProperty(name)) return true;
  if (input instanceof PSHashtable && input.has(name)) return true;
  return getMember(input, name) !== undefined;
}

export default defineCmdlet({
  name: 'ForEach-Object',
  module: 'Microsoft.PowerShell.Core',
  aliases: ['%', 'foreach'],
  defaultParameterSet: 'ScriptBlockSet',
  synopsis: 'Performs an operation against each item in a collection of input objects.',
  parameters: {
    InputObject: param.psobject({ fromPipeline: true }),
    Begin: param.scriptBlock({ sets: ['ScriptBlockSet'] }),
    Process: param.scriptBlocks({ sets: { ScriptBlockSet: { mandatory: true, position: 0 } }, fromRemainingArguments: false }),
    End: param.scriptBlock({ sets: ['ScriptBlockSet'] }),
    RemainingScripts: param.scriptBlocks({ sets: ['ScriptBlockSet'], fromRemainingArguments: true }),
    MemberName: param.string({ sets: { PropertyAndMethodSet: { mandatory: true, position: 0 } } }),
    ArgumentList: param.objects({ sets: ['PropertyAndMethodSet'], aliases: ['Args'], fromRemainingArguments: true }),
  },
  invoke: (c) => {
    let begin: ScriptBlockValue | undefined;
    let process: ScriptBlockValue[] = [];
    let runners: ((input: unknown) => void)[] = [];
    let end: ScriptBlockValue | undefined;
    const sink = (v: unknown): void => c.write(v);
    return {
      begin() {
        if (c.parameterSetName !== 'ScriptBlockSet') return;
        const blocks = [...(c.params.Process ?? []), ...(c.params.RemainingScripts ?? [])];
        begin = c.params.Begin;
        end = c.params.End;
        if (!c.isBound('Begin') && !c.isBound('End') && blocks.length >= 2) {
          begin = blocks[0];
          if (blocks.length >= 3) {
            end = blocks[blocks.length - 1];
            process = blocks.slice(1, -1);
          } else process = blocks.slice(1);
        } else process = blocks;
        runners = process.map((sb) => c.blockRunner(sb, false, sink));
        if (begin) c.invokeStreaming(begin, { newScope: false }, sink);
      },
      process() {
        const input = c.params.InputObject === undefined ? null : c.params.InputObject;
        if (c.parameterSetName === 'PropertyAndMethodSet') {
          const name = c.params.MemberName!;
          const args = c.params.ArgumentList;
          const ctx = c.callerCtx;
          // A property of that name, else a method called with -ArgumentList.
          const isProperty = (!args || args.length === 0) && hasProperty(input, name);
          const value = at(c.extent, () => (isProperty ? getMemberValue(ctx, input, name) : callMethod(ctx, input, name, args ?? [])));
          c.writeEnumerated(value);
          return;
        }
        for (const run of runners) run(input);
      },
      end() {
        if (end) c.invokeStreaming(end, { newScope: false }, sink);
      },
    };
  },
});
