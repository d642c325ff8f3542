/**
 * Get-Command: the aliases, functions and cmdlets visible from the caller, by name (wildcards),
 * verb, noun, module or command type; -Syntax writes their syntax lines instead.
 */
import { COMMAND_TYPES, enumNames } from '../shared/session/sessionEnums.js';
import { defineCmdlet, param } from '../../runtime/commands/defineCmdlet.js';
import { allCommands, commandTypeName } from '../shared/session/commandTable.js';
import { AliasCommandInfo, CmdletCommandInfo, type AnyCommandInfo } from '../shared/session/commandInfo.js';
import { syntaxLines } from '../shared/session/syntax.js';
import { isLiteralName, matchesAny } from '../shared/session/nameFilter.js';
import { qualifiedErrorId } from '../shared/session/commandIds.js';

const typeOrder = ['Alias', 'Function', 'Filter', 'Cmdlet'];

function syntaxText(info: AnyCommandInfo): string {
  if (info instanceof AliasCommandInfo) return `${info.name} (alias) -> ${info.definition}`;
  return `\n${syntaxLines(info.name, info.metadata).join('\n\n')}\n`;
}

function verbNounOf(name: string): [string, string] {
  const i = name.indexOf('-');
  return i > 0 ? [name.slice(0, i), name.slice(i + 1)] : ['', ''];
}

export default defineCmdlet({
  name: 'Get-Command',
  module: 'Microsoft.PowerShell.Core',
  aliases: ['gcm'],
  defaultParameterSet: 'CmdletSet',
  synopsis: 'Gets all commands.',
  parameters: {
    Name: param.strings({ sets: { AllCommandSet: { position: 0, fromPipeline: true, byPropertyName: true } } }),
    Verb: param.strings({ sets: { CmdletSet: { byPropertyName: true } } }),
    Noun: param.strings({ sets: { CmdletSet: { byPropertyName: true } } }),
    Module: param.strings({ aliases: ['PSSnapin'], byPropertyName: true }),
    ExcludeModule: param.strings(),
    CommandType: param.typed<unknown>(COMMAND_TYPES, { aliases: ['Type'], sets: { AllCommandSet: { byPropertyName: true } } }),
    TotalCount: param.int({ byPropertyName: true }),
    Syntax: param.switch({ byPropertyName: true }),
    ShowCommandInfo: param.switch(),
    ArgumentList: param.objects({ aliases: ['Args'], position: 1, fromRemainingArguments: true }),
    All: param.switch({ byPropertyName: true }),
    ListImported: param.switch({ byPropertyName: true }),
    ParameterName: param.strings(),
  },
  invoke: (c) => {
    let written = 0;
    const emit = (info: AnyCommandInfo): void => {
      if (c.params.TotalCount !== undefined && c.params.TotalCount >= 0 && written >= c.params.TotalCount) return;
      written++;
      c.write(c.params.Syntax ? syntaxText(info) : info);
    };

    const passes = (info: AnyCommandInfo): boolean => {
      const type = commandTypeName(info);
      if (c.params.CommandType !== undefined) {
        const wanted = enumNames(c.params.CommandType);
        if (!wanted.includes('All') && !wanted.some((w) => w.toLowerCase() === type.toLowerCase())) return false;
      }
      const moduleName = info instanceof CmdletCommandInfo ? info.module : '';
      if (c.params.Module && !matchesAny(moduleName, c.params.Module)) return false;
      if (c.params.ExcludeModule && matchesAny(moduleName, c.params.ExcludeModule)) return false;
      if (c.params.Verb || c.params.Noun) {
        if (info instanceof AliasCommandInfo) return false;
        const [verb, noun] = verbNounOf(info.name);
        if (c.params.Verb && !matchesAny(verb, c.params.Verb)) return false;
        if (c.params.Noun && !matchesAny(noun, c.params.Noun)) return false;
      }
      if (c.params.ParameterName && !(info instanceof AliasCommandInfo)) {
        const names = info.metadata.parameters.flatMap((p) => [p.name, ...p.aliases]);
        if (!c.params.ParameterName.every((pn) => names.some((n) => matchesAny(n, [pn])))) return false;
      }
      return true;
    };

    const sorted = (list: AnyCommandInfo[]): AnyCommandInfo[] =>
      [...list].sort((a, b) => {
        const t = typeOrder.indexOf(commandTypeName(a)) - typeOrder.indexOf(commandTypeName(b));
        return t !== 0 ? t : a.name.toLowerCase().localeCompare(b.name.toLowerCase());
      });

    return {
      process() {
        const commands = allCommands(c.callerCtx).filter(passes);
        if (!c.params.Name) {
          for (const info of sorted(commands)) emit(info);
          return;
        }
        for (const pattern of c.params.Name) {
          if (isLiteralName(pattern)) {
            const hits = commands.filter((i) => i.name.toLowerCase() === pattern.toLowerCase());
            if (hits.length === 0) {
              c.writeError({
                message: `The term '${pattern}' is not recognized as a name of a cmdlet, function, script file, or executable program.\nCheck the spelling of the name, or if a path was included, verify that the path is correct and try again.`,
                id: qualifiedErrorId('CommandNotFoundException', c.commandName),
                category: 'ObjectNotFound',
                exceptionType: 'System.Management.Automation.CommandNotFoundException',
                target: pattern,
              });
              continue;
            }
            for (const info of c.params.All ? hits : hits.slice(0, 1)) emit(info);
            continue;
          }
          for (const info of sorted(commands.filter((i) => matchesAny(i.name, [pattern])))) emit(info);
        }
      },
    };
  },
});
