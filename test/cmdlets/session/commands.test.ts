// Expected outputs come from pwsh 7.6.9 (TERM=dumb NO_COLOR=1 TZ=UTC pwsh -NoProfile -NonInteractive -File).
import { describe, expect, it } from 'vitest';
import { runPs } from '../../helpers/runPs.js';

/** Trailing blank lines are not part of the comparison (as in the conformance runner). */
const out = (script: string): string => runPs(script).stdout.replace(/\s+$/, '');

describe('aliases', () => {
  it('lists aliases in the CommandInfo view', () => {
    const r = runPs('Get-Alias gv, iex | Format-Table -AutoSize\nGet-Alias -Definition Get-Variable | Format-Table -AutoSize');
    expect(r.stdout).toBe(
      '\nCommandType Name                     Version Source\n----------- ----                     ------- ------\nAlias       gv -> Get-Variable               \nAlias       iex -> Invoke-Expression         \n\n\nCommandType Name               Version Source\n----------- ----               ------- ------\nAlias       gv -> Get-Variable         \n\n',
    );
  });

  it('defines aliases that run their command', () => {
    expect(out("Set-Alias myal Get-Variable\n$zz = 5\n(myal zz).Value\nSet-Alias gv2 Get-Date -PassThru | Format-Table -AutoSize\nGet-Alias gv2 | Select-Object Name, Definition, ResolvedCommandName, DisplayName, Options | Format-List")).toBe(
      '5\n\nCommandType Name            Version Source\n----------- ----            ------- ------\nAlias       gv2 -> Get-Date         \n\n\nName                : gv2\nDefinition          : Get-Date\nResolvedCommandName : Get-Date\nDisplayName         : gv2 -> Get-Date\nOptions             : None',
    );
  });

  it('gives pwsh\'s errors for missing, existing and read-only aliases', () => {
    const r = runPs("$ErrorActionPreference = 'Stop'\ntry { Get-Alias nope } catch { $_.Exception.Message; $_.FullyQualifiedErrorId }\nNew-Alias gv3 Get-Variable\ntry { New-Alias gv3 Get-Date } catch { $_.Exception.Message; $_.FullyQualifiedErrorId }\ntry { Set-Alias gv Get-Date } catch { $_.Exception.Message }");
    expect(r.stdout).toBe(
      "This command cannot find a matching alias because an alias with the name 'nope' does not exist.\nItemNotFoundException,Microsoft.PowerShell.Commands.GetAliasCommand\nThe alias is not allowed, because an alias with the name 'gv3' already exists.\nAliasAlreadyExists,Microsoft.PowerShell.Commands.NewAliasCommand\nAlias is not writeable because alias gv is read-only or constant and cannot be written to.\n",
    );
  });

  it('prints What if: for Set-Alias and New-Alias', () => {
    const r = runPs('Set-Alias aa Get-Date -WhatIf\nNew-Alias aa Get-Date -WhatIf');
    expect(r.stdout).toBe('What if: Performing the operation "Set Alias" on target "Name: aa Value: Get-Date".\nWhat if: Performing the operation "New Alias" on target "Name: aa Value: Get-Date".\n');
  });
});

describe('Get-Command', () => {
  it('builds syntax lines from the declarations', () => {
    const r = runPs(
      'function Foo-Bar { param($A, [int]$B) }\nGet-Command Foo-Bar -Syntax\nfunction Adv { [CmdletBinding()] param([Parameter(Mandatory)][string]$Name, [switch]$Force) }\nGet-Command Adv -Syntax\nGet-Command Get-Variable -Syntax\nGet-Command Get-Alias -Syntax',
    );
    expect(r.stdout).toBe(
      '\nFoo-Bar [[-A] <Object>] [[-B] <int>]\n\n\nAdv [-Name] <string> [-Force] [<CommonParameters>]\n\n\nGet-Variable [[-Name] <string[]>] [-ValueOnly] [-Include <string[]>] [-Exclude <string[]>] [-Scope <string>] [<CommonParameters>]\n\n\nGet-Alias [[-Name] <string[]>] [-Exclude <string[]>] [-Scope <string>] [<CommonParameters>]\n\nGet-Alias [-Exclude <string[]>] [-Scope <string>] [-Definition <string[]>] [<CommonParameters>]\n\n',
    );
  });

  it('syntax of set-rich cmdlets matches pwsh', () => {
    const r = runPs('Get-Command Get-Date, New-TimeSpan, Start-Sleep, Read-Host, ConvertTo-SecureString -Syntax');
    expect(r.stdout).toBe(
      [
        '',
        'Get-Date [[-Date] <datetime>] [-Year <int>] [-Month <int>] [-Day <int>] [-Hour <int>] [-Minute <int>] [-Second <int>] [-Millisecond <int>] [-DisplayHint <DisplayHintType>] [-Format <string>] [-AsUTC] [<CommonParameters>]',
        '',
        'Get-Date [[-Date] <datetime>] -UFormat <string> [-Year <int>] [-Month <int>] [-Day <int>] [-Hour <int>] [-Minute <int>] [-Second <int>] [-Millisecond <int>] [-DisplayHint <DisplayHintType>] [-AsUTC] [<CommonParameters>]',
        '',
        'Get-Date -UnixTimeSeconds <long> [-Year <int>] [-Month <int>] [-Day <int>] [-Hour <int>] [-Minute <int>] [-Second <int>] [-Millisecond <int>] [-DisplayHint <DisplayHintType>] [-Format <string>] [-AsUTC] [<CommonParameters>]',
        '',
        'Get-Date -UnixTimeSeconds <long> -UFormat <string> [-Year <int>] [-Month <int>] [-Day <int>] [-Hour <int>] [-Minute <int>] [-Second <int>] [-Millisecond <int>] [-DisplayHint <DisplayHintType>] [-AsUTC] [<CommonParameters>]',
        '',
        '',
        'New-TimeSpan [[-Start] <datetime>] [[-End] <datetime>] [<CommonParameters>]',
        '',
        'New-TimeSpan [-Days <int>] [-Hours <int>] [-Minutes <int>] [-Seconds <int>] [-Milliseconds <int>] [<CommonParameters>]',
        '',
        '',
        'Start-Sleep [-Seconds] <double> [<CommonParameters>]',
        '',
        'Start-Sleep -Milliseconds <int> [<CommonParameters>]',
        '',
        'Start-Sleep [-Duration] <timespan> [<CommonParameters>]',
        '',
        '',
        'Read-Host [[-Prompt] <Object>] [-MaskInput] [<CommonParameters>]',
        '',
        'Read-Host [[-Prompt] <Object>] [-AsSecureString] [<CommonParameters>]',
        '',
        '',
        'ConvertTo-SecureString [-String] <string> [[-SecureKey] <securestring>] [<CommonParameters>]',
        '',
        'ConvertTo-SecureString [-String] <string> [-AsPlainText] [-Force] [<CommonParameters>]',
        '',
        'ConvertTo-SecureString [-String] <string> [-Key <byte[]>] [<CommonParameters>]',
        '',
        '',
      ].join('\n'),
    );
  });

  it('writes CmdletInfo, FunctionInfo and AliasInfo objects that can be invoked', () => {
    const r = runPs("function Foo-Bar { 'ran' }\n(Get-Command Get-Date).GetType().FullName\n(Get-Command Foo-Bar).GetType().FullName\n(Get-Command gv).GetType().FullName\n(Get-Command Get-Date).ModuleName\n& (Get-Command Foo-Bar)\n(Get-Command -Verb Get -Noun Varia*).Name\n(Get-Command -CommandType Function Foo*).Name");
    expect(r.stdout).toBe(
      'System.Management.Automation.CmdletInfo\nSystem.Management.Automation.FunctionInfo\nSystem.Management.Automation.AliasInfo\nMicrosoft.PowerShell.Utility\nran\nGet-Variable\nFoo-Bar\n',
    );
  });

  it('reports an unknown command', () => {
    const r = runPs("$ErrorActionPreference = 'Stop'\ntry { Get-Command Nope-Thing } catch { $_.FullyQualifiedErrorId; $_.CategoryInfo.Category }\nGet-Command Nope*");
    expect(r.stdout).toBe('CommandNotFoundException,Microsoft.PowerShell.Commands.GetCommandCommand\nObjectNotFound\n');
  });
});

describe('Get-Help', () => {
  it('prints NAME, SYNTAX, ALIASES and REMARKS for a function', () => {
    const r = runPs('function Foo-Bar { param($A, [int]$B) }\nGet-Help Foo-Bar');
    expect(r.stdout).toBe('\nNAME\n    Foo-Bar\n    \nSYNTAX\n    Foo-Bar [[-A] <Object>] [[-B] <int>]\n    \n\nALIASES\n    None\n    \n\nREMARKS\n    None\n\n');
  });

  it('adds the synopsis of a cmdlet and follows aliases', () => {
    const r = runPs('Get-Help gv');
    expect(r.stdout).toContain('NAME\n    Get-Variable\n    \nSYNOPSIS\n    Gets the variables in the current console.\n');
    expect(r.stdout).toContain('ALIASES\n    gv\n');
  });

  it('reports a missing topic', () => {
    const r = runPs("$ErrorActionPreference = 'Stop'\ntry { Get-Help Nope-Thing } catch { $_.Exception.Message; $_.FullyQualifiedErrorId }");
    expect(r.stdout).toBe(
      'Get-Help could not find Nope-Thing in a help file in this session. To download updated help topics type: "Update-Help". To get help online, search for the help topic in the TechNet library at https://go.microsoft.com/fwlink/?LinkID=107116.\nHelpNotFound,Microsoft.PowerShell.Commands.GetHelpCommand\n',
    );
  });
});
