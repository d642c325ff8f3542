// Expected outputs come from pwsh 7.6.9 (TERM=dumb NO_COLOR=1 TZ=UTC pwsh -NoProfile -NonInteractive -File).
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runPs } from '../../helpers/runPs.js';

describe('Invoke-Expression and Invoke-Command', () => {
  it('runs text in the caller scope and reports parse errors', () => {
    const r = runPs("Invoke-Expression '$q = 5; $q * 2'\n$q\n'3+4' | Invoke-Expression\niex '1 +'\n'after'\ntry { iex '1 +' } catch { $_.FullyQualifiedErrorId; $_.Exception.GetType().FullName }");
    expect(r.stdout).toBe('10\n5\n7\nafter\nExpectedValueExpression,Microsoft.PowerShell.Commands.InvokeExpressionCommand\nSystem.Management.Automation.ParseException\n');
    expect(r.stderr).toContain("You must provide a value expression following the '+' operator.");
  });

  it('binds -ArgumentList, -InputObject and piped input, with or without a new scope', () => {
    const r = runPs(
      'Invoke-Command { param($a) "a=$a; in=$input" } -InputObject 5 -ArgumentList 7\n1,2 | Invoke-Command { "in=$input" }\n$v = 1; Invoke-Command { $v = 2 }; $v\nInvoke-Command { $v = 3 } -NoNewScope; $v\n$names = \'ann\', \'bob\', \'cy\'\n$count = { param([string[]]$List) "got $($List.Count)" }\nInvoke-Command -ScriptBlock $count -ArgumentList $names\nInvoke-Command -ScriptBlock $count -ArgumentList (, $names)',
    );
    expect(r.stdout).toBe('a=7; in=5\nin=1 2\n1\n3\ngot 1\ngot 3\n');
  });

  it('refuses remoting', () => {
    const r = runPs("Invoke-Command -ComputerName srv1 -ScriptBlock { 1 }\n'next'");
    expect(r.stdout).toBe('next\n');
    expect(r.stderr).toContain('remoting (-ComputerName) is not available');
  });
});

describe('Set-StrictMode', () => {
  it('turns undefined variables into errors until -Off', () => {
    const r = runPs("Set-StrictMode -Version Latest\ntry { $undefinedThing } catch { $_.Exception.Message }\nSet-StrictMode -Off\n\"[$undefinedThing]\"");
    expect(r.stdout).toBe("The variable '$undefinedThing' cannot be retrieved because it has not been set.\n[]\n");
  });
});

describe('modules', () => {
  it('imports emulated modules and refuses unknown ones with pwsh\'s texts', () => {
    const r = runPs(
      "$ErrorActionPreference = 'Stop'\nImport-Module MSOnline\n(Get-Module).Name\ntry { Import-Module Foo.Bar } catch { $_.Exception.Message; $_.FullyQualifiedErrorId }\ntry { Remove-Module Foo.Bar } catch { $_.Exception.Message }\nRemove-Module MSOnline\n@(Get-Module).Count\nInstall-Module MSOnline\ntry { Install-Module Foo.Bar.NoSuch } catch { $_.Exception.Message }\n(Get-Module -ListAvailable Microsoft.Graph.Users).Version",
    );
    expect(r.stdout).toBe(
      "MSOnline\nThe specified module 'Foo.Bar' was not loaded because no valid module file was found in any module directory.\nModules_ModuleNotFound,Microsoft.PowerShell.Commands.ImportModuleCommand\nNo modules were removed. Verify that the specification of modules to remove is correct and those modules exist in the runspace.\n0\nNo match was found for the specified search criteria and module name 'Foo.Bar.NoSuch'. Try Get-PSRepository to see all available registered module repositories.\n2.25.0\n",
    );
  });
});

describe('dates and values', () => {
  it('formats -Date with -Format, -UFormat, -DisplayHint and the component parameters', () => {
    const r = runPs(
      "$d = Get-Date -Date '2026-01-15 10:30:45.123'\nGet-Date -Date $d -Format 'yyyy-MM-dd HH:mm:ss.fff'\nGet-Date -Date $d -Format o\nGet-Date -Date $d -UFormat '%Y-%m-%d %H:%M:%S %A %a %B %b %j %u %w %Z %z %s %D %T %R %p %I %e %y %C %G %V %U %W'\nGet-Date -Date $d -UFormat '%c | %x | %X | %r | %h | %k | %l | %g | %F'\n(Get-Date -Date $d -Year 2020 -Month 2 -Day 29 -Hour 1 -Minute 2 -Second 3 -Millisecond 4).ToString('o')\n(Get-Date -Date $d -AsUTC).Kind\n(Get-Date -Date $d).Kind\n(Get-Date -UnixTimeSeconds 0).ToString('o')\n(Get-Date -Date $d -Day 31 -Month 2).ToString('o')",
    );
    expect(r.stdout).toBe(
      [
        '2026-01-15 10:30:45.123',
        '2026-01-15T10:30:45.1230000',
        '2026-01-15 10:30:45 Thursday Thu January Jan 015 4 4 +00 z 1768473045 01/15/26 10:30:45 10:30 AM 10 15 26 20 2026 03 2 2',
        'Thu 15 Jan 2026 10:30:45 | 01/15/26 | 10:30:45 | 10:30:45 AM | Jan | 10 | 10 | 26 | 2026-01-15',
        '2020-02-29T01:02:03.0040000',
        'Utc',
        'Unspecified',
        '1970-01-01T00:00:00.0000000+00:00',
        '2026-03-03T10:30:45.1230000',
        '',
      ].join('\n'),
    );
  });

  it('shows only the date or the time with -DisplayHint (en-US as on Windows)', () => {
    const r = runPs("$d = Get-Date -Date '2026-01-15 10:30:45'\nGet-Date -Date $d -DisplayHint Time\nGet-Date -Date $d -DisplayHint Date");
    expect(r.stdout.trim().split('\n').filter((l) => l !== '')).toEqual(['10:30:45 AM', 'Thursday, January 15, 2026']);
  });

  it('computes ISO and Sunday-based week numbers as pwsh does', () => {
    const dates = ['2026-01-04', '2025-12-29', '2027-01-03', '2021-01-01', '2023-01-01', '2026-06-07 15:04:05'];
    const r = runPs(dates.map((d) => `Get-Date -Date '${d}' -UFormat 'U=%U V=%V G=%G g=%g e=[%e] k=[%k] l=[%l] u=%u'`).join('\n'));
    expect(r.stdout).toBe(
      [
        'U=0 V=01 G=2026 g=26 e=[ 4] k=[ 0] l=[12] u=7',
        'U=51 V=01 G=2026 g=26 e=[29] k=[ 0] l=[12] u=1',
        'U=0 V=53 G=2026 g=26 e=[ 3] k=[ 0] l=[12] u=7',
        'U=0 V=53 G=2020 g=20 e=[ 1] k=[ 0] l=[12] u=5',
        'U=0 V=52 G=2022 g=22 e=[ 1] k=[ 0] l=[12] u=7',
        'U=22 V=23 G=2026 g=26 e=[ 7] k=[15] l=[ 3] u=7',
        '',
      ].join('\n'),
    );
  });

  it('reads now from the session clock, which Start-Sleep moves', () => {
    const r = runPs("(Get-Date).ToString('o')\n(Get-Date).Kind\nStart-Sleep 2; (Get-Date).ToString('o')\nStart-Sleep -Milliseconds 500; (Get-Date).ToString('o')\nStart-Sleep -Duration (New-TimeSpan -Minutes 1); (Get-Date).ToString('o')");
    expect(r.stdout).toBe(
      '2026-01-15T10:00:00.0000000+00:00\nLocal\n2026-01-15T10:00:02.0000000+00:00\n2026-01-15T10:00:02.5000000+00:00\n2026-01-15T10:01:02.5000000+00:00\n',
    );
  });

  it('builds time spans', () => {
    const r = runPs("$d = Get-Date -Date '2026-01-15 10:30:45'\n(New-TimeSpan -Start $d -End $d.AddHours(25.5)).TotalHours\n(New-TimeSpan -Days 1 -Hours 2 -Minutes 3 -Seconds 4 -Milliseconds 5).ToString()\n(New-TimeSpan -Hours 30).ToString()\n(New-TimeSpan -End $d.AddDays(1) -Start $d).TotalHours");
    expect(r.stdout).toBe('25.5\n1.02:03:04.0050000\n1.06:00:00\n24\n');
  });

  it('draws random numbers and items within their bounds', () => {
    const r = runPs(
      "$ok = $true\nforeach ($i in 1..50) { $n = Get-Random -Minimum 5 -Maximum 10; if ($n -lt 5 -or $n -ge 10) { $ok = $false } }\n$ok\n(Get-Random -Maximum 2.5).GetType().Name\n(Get-Random -Maximum 10000000000).GetType().Name\n(Get-Random -InputObject 1,2,3,4,5 -Count 3 | Sort-Object -Unique).Count\n(1..6 | Get-Random -Shuffle | Measure-Object -Sum).Sum\n(Get-Random -SetSeed 4 -Maximum 1000) -eq (Get-Random -SetSeed 4 -Maximum 1000)\ntry { Get-Random -Minimum 10 -Maximum 5 } catch { $_.Exception.Message }",
    );
    expect(r.stdout.split('\n').filter((l) => l !== '')).toEqual([
      'True',
      'Double',
      'Int64',
      expect.stringMatching(/^[1-3]$/),
      '21',
      'True',
      'The Minimum value (10) cannot be greater than or equal to the Maximum value (5).',
    ]);
  });

  it('creates GUIDs', () => {
    const r = runPs("(New-Guid).GetType().FullName\n(New-Guid -Empty).ToString()\n(New-Guid).ToString() -match '^[0-9a-f]{8}-([0-9a-f]{4}-){3}[0-9a-f]{12}$'\n(New-Guid 'ABCDEF01-2345-6789-ABCD-EF0123456789').ToString()");
    expect(r.stdout).toBe('System.Guid\n00000000-0000-0000-0000-000000000000\nTrue\nabcdef01-2345-6789-abcd-ef0123456789\n');
  });

  it('creates objects with New-Object', () => {
    const r = runPs(
      "$o = New-Object PSObject -Property @{ A = 1 }\n$o.GetType().FullName; $o.A\n(New-Object -TypeName PSCustomObject).GetType().FullName\n(New-Object System.Collections.ArrayList).GetType().FullName\n(New-Object hashtable).GetType().FullName\n(New-Object System.Text.StringBuilder -ArgumentList 'abc').ToString()\n(New-Object DateTime 2026,1,2).ToString('o')\n$s = ConvertTo-SecureString 'pw' -AsPlainText -Force\n(New-Object System.Management.Automation.PSCredential('bob', $s)).UserName\ntry { New-Object Foo.Bar } catch { $_.Exception.Message; $_.FullyQualifiedErrorId }",
    );
    expect(r.stdout).toBe(
      "System.Management.Automation.PSCustomObject\n1\nSystem.Management.Automation.PSCustomObject\nSystem.Collections.ArrayList\nSystem.Collections.Hashtable\nabc\n2026-01-02T00:00:00.0000000\nbob\nCannot find type [Foo.Bar]: verify that the assembly containing this type is loaded.\nTypeNotFound,Microsoft.PowerShell.Commands.NewObjectCommand\n",
    );
  });

  it('refuses COM objects and Add-Type', () => {
    const r = runPs("New-Object -ComObject Excel.Application\nAdd-Type -TypeDefinition 'public class X {}'\n'next'");
    expect(r.stdout).toBe('next\n');
    expect(r.stderr).toContain('COM objects are Windows-only');
    expect(r.stderr).toContain('Add-Type is not available in tenantsh: scripts cannot compile or load .NET code.');
  });

  it('shows the en-US culture', () => {
    const r = runPs('Get-Culture\n(Get-UICulture).Name');
    expect(r.stdout).toBe('\nLCID             Name             DisplayName\n----             ----             -----------\n1033             en-US            English (United States)\nen-US\n\n');
  });
});

describe('prompts and secure strings', () => {
  it('fails as pwsh does non-interactively when no input is left', () => {
    const r = runPs("try { Read-Host 'Name' } catch { $_.Exception.Message; $_.FullyQualifiedErrorId }\ntry { Get-Credential } catch { $_.FullyQualifiedErrorId }");
    expect(r.stdout).toBe(
      'PowerShell is in NonInteractive mode. Read and Prompt functionality is not available.\nInvalidOperation,Microsoft.PowerShell.Commands.ReadHostCommand\n\nPowerShell credential request\nEnter your credentials.\nUser: InvalidOperation,Microsoft.PowerShell.Commands.GetCredentialCommand\n',
    );
  });

  it('reads answers from the script input', () => {
    const r = runPs(
      "$n = Read-Host 'Name'\n\"got [$n]\"\n$p = Read-Host -AsSecureString 'Pin'\n$p.Length\n$c = Get-Credential -UserName bob -Message 'Sign in please'\n\"$($c.UserName) $($c.GetNetworkCredential().Password)\"",
      { stdin: ['alice', '1234', 'bobpw'] },
    );
    expect(r.stdout).toBe('Name: alice\ngot [alice]\nPin: \n4\n\nPowerShell credential request\nSign in please\nPassword for user bob: \nbob bobpw\n');
  });

  it('converts secure strings both ways', () => {
    const r = runPs(
      "$s = ConvertTo-SecureString 'P@ss' -AsPlainText -Force\n$s\n$s.Length\nConvertFrom-SecureString $s\nConvertFrom-SecureString $s -AsPlainText\nConvertTo-SecureString (ConvertFrom-SecureString $s) | ConvertFrom-SecureString -AsPlainText\ntry { ConvertTo-SecureString 'P@ss' } catch { $_.Exception.Message; $_.FullyQualifiedErrorId }\ntry { ConvertTo-SecureString 'abc' } catch { $_.Exception.Message }",
    );
    expect(r.stdout).toBe(
      "System.Security.SecureString\n4\n5000400073007300\nP@ss\nP@ss\nThe input string 'P@' was not in a correct format.\nSystem.FormatException,Microsoft.PowerShell.Commands.ConvertToSecureStringCommand\nThe parameter value \"abc\" is not a valid encrypted string.\n",
    );
  });
});

describe('transcripts and progress', () => {
  it('records host output between Start-Transcript and Stop-Transcript', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tenantsh-transcript-'));
    const path = join(dir, 't.txt');
    const r = runPs(`Start-Transcript -Path '${path}'\n"inside"\nWrite-Host "hosty"\nWrite-Progress -Activity x -Status y -PercentComplete 10\nStop-Transcript\n"outside"\ntry { Stop-Transcript } catch { $_.Exception.Message }`);
    expect(r.stdout).toBe(
      `Transcript started, output file is ${path}\ninside\nhosty\nTranscript stopped, output file is ${path}\noutside\nAn error occurred stopping transcription: The host is not currently transcribing.\n`,
    );
    const text = readFileSync(path, 'utf8');
    expect(text).toContain('PowerShell transcript start\nStart time: 20260115100000\n');
    expect(text).toContain(`Transcript started, output file is ${path}\ninside\nhosty\n**********************\nPowerShell transcript end\n`);
    expect(text).not.toContain('outside');
  });
});
