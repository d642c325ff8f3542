/**
 * Get-Help: the help pwsh shows for a command without help files (NAME, SYNTAX, ALIASES, REMARKS),
 * plus the SYNOPSIS each tenantsh cmdlet declares.
 */
import { defineCmdlet, param } from '../../runtime/commands/defineCmdlet.js';
import { allCommands } from '../shared/session/commandTable.js';
import { AliasCommandInfo, CmdletCommandInfo, type AnyCommandInfo } from '../shared/session/commandInfo.js';
import { syntaxLines } from '../shared/session/syntax.js';
import { hasWildcards } from '../../runtime/regex/wildcard.js';
import { matchesAny } from '../shared/session/nameFilter.js';
import { qualifiedErrorId } from '../shared/session/commandIds.js';

const categories = ['Alias', 'Cmdlet', 'Provider', 'General', 'FAQ', 'Glossary', 'HelpFile', 'ScriptCommand', 'Function', 'Filter', 'ExternalScript', 'All', 'DefaultHelp', 'DscResource', 'Class', 'Configuration'];

/** One block of the help text: its title, its lines indented by four, then pwsh's spacing lines. */
function block(title: string, lines: string[], trailer: string): string {
  return `${title}\n${lines.map((l) => (l === '' ? '    ' : `    ${l}`)).join('\n')}\n${trailer}`;
}

/** The text pwsh's help view prints for a command without help files, plus the declared synopsis. */
function helpText(info: Exclude<AnyCommandInfo, AliasCommandInfo>, aliases: string[]): string {
  const syntax = syntaxLines(info.name, info.metadata).flatMap((l, i) => (i === 0 ? [l] : ['', l]));
  const synopsis = info instanceof CmdletCommandInfo ? info.synopsis : '';
  return [
    '\n',
    block('NAME', [info.name], '    \n'),
    synopsis ? block('SYNOPSIS', [synopsis], '    \n\n') : '',
    block('SYNTAX', syntax, '    \n\n'),
    block('ALIASES', aliases.length > 0 ? aliases : ['None'], '    \n\n'),
    block('REMARKS', ['None'], ''),
  ].join('');
}

export default defineCmdlet({
  name: 'Get-Help',
  module: 'Microsoft.PowerShell.Core',
  defaultParameterSet: 'AllUsersView',
  synopsis: 'Displays information about PowerShell commands and concepts.',
  parameters: {
    Name: param.string({ position: 0, byPropertyName: true }),
    Path: param.string(),
    Category: param.strings({ validateSet: categories }),
    Full: param.switch({ sets: ['AllUsersView'] }),
    Detailed: param.switch({ sets: { DetailedView: { mandatory: true } } }),
    Examples: param.switch({ sets: { Examples: { mandatory: true } } }),
    Parameter: param.strings({ sets: { Parameters: { mandatory: true } } }),
    Online: param.switch({ sets: { Online: { mandatory: true } } }),
    Component: param.strings(),
    Functionality: param.strings(),
    Role: param.strings(),
  },
  invoke: (c) => ({
    process() {
      const name = c.params.Name ?? 'Get-Help';
      const commands = allCommands(c.callerCtx);
      const aliasesOf = (target: string): string[] =>
        commands.filter((i): i is AliasCommandInfo => i instanceof AliasCommandInfo && i.definition.toLowerCase() === target.toLowerCase()).map((a) => a.name);
      const matches = commands.filter((i) => (hasWildcards(name) ? matchesAny(i.name, [name]) : i.name.toLowerCase() === name.toLowerCase()));
      const resolved = matches.map((i) => (i instanceof AliasCommandInfo ? i.resolved : i)).filter((i): i is Exclude<AnyCommandInfo, AliasCommandInfo> => i !== null);
      if (resolved.length === 0) {
        c.writeError({
          message: `Get-Help could not find ${name} in a help file in this session. To download updated help topics type: "Update-Help". To get help online, search for the help topic in the TechNet library at https://go.microsoft.com/fwlink/?LinkID=107116.`,
          id: qualifiedErrorId('HelpNotFound', c.commandName),
          category: 'ResourceUnavailable',
          exceptionType: 'Microsoft.PowerShell.Commands.HelpNotFoundException',
          target: name,
        });
        return;
      }
      const first = resolved[0]!;
      c.write(helpText(first, aliasesOf(first.name)));
    },
  }),
});
