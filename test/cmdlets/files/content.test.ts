/** Get-Content, Set-Content, Add-Content and Out-File: outputs as real pwsh 7.6.9 printed them. */
import { describe, expect, test } from 'vitest';
import { runInFixture, type FileCase } from './fixture.js';

const cases: FileCase[] = [
  {
    name: "Get-Content lines, -Raw, -TotalCount, -Tail, -ReadCount",
    script: "Get-Content data/lines.txt\n(Get-Content data/lines.txt -Raw).Length\nGet-Content data/lines.txt -TotalCount 2\nGet-Content data/lines.txt -Tail 1\nGet-Content data/lines.txt -ReadCount 2 | ForEach-Object { '{' + ($_ -join '|') + '}' }\nGet-Content data/lines.txt | Select-Object -First 1",
    expected: "one\ntwo\nthree\n14\none\ntwo\nthree\n{one|two}\n{three}\none\n",
  },
  {
    name: "Get-Content line breaks and -Delimiter",
    script: "Set-Content mixed.txt \"l1`r`nl2`rl3`n`nl5\" -NoNewline\nGet-Content mixed.txt | ForEach-Object { \"[$_]\" }\nSet-Content del.txt 'a,b,c' -NoNewline\nGet-Content del.txt -Delimiter ',' | ForEach-Object { \"[$_]\" }",
    expected: "[l1]\n[l2]\n[l3]\n[]\n[l5]\n[a]\n[b]\n[c]\n",
  },
  {
    name: "Get-Content of an empty file writes nothing",
    script: "Set-Content empty.txt -Value @() \n$null -eq (Get-Content empty.txt)\n@(Get-Content empty.txt -Raw).Count",
    expected: "True\n0\n",
  },
  {
    name: "Get-Content errors",
    script: "Get-Content data/nope.txt, data/lines.txt -ErrorAction SilentlyContinue\n$Error[0].FullyQualifiedErrorId\n$Error[0].TargetObject\ntry { Get-Content data -ErrorAction Stop } catch { $_.FullyQualifiedErrorId }\ntry { Get-Content data/lines.txt -Encoding foo } catch { $_.FullyQualifiedErrorId }\ntry { Get-Content data/lines.txt -Raw -Tail 1 } catch { $_.Exception.Message }",
    expected: "one\ntwo\nthree\nPathNotFound,Microsoft.PowerShell.Commands.GetContentCommand\nWORK/data/nope.txt\nGetContainerContentException,Microsoft.PowerShell.Commands.GetContentCommand\nParameterArgumentTransformationError,Microsoft.PowerShell.Commands.GetContentCommand\nThe 'Raw' and 'Tail' parameters cannot be specified in the same command.\n",
  },
  {
    name: "Set-Content, Add-Content, -NoNewline, -PassThru",
    script: "'a', 'b' | Set-Content s.txt\nAdd-Content s.txt 'c'\nGet-Content s.txt\n'x' | Add-Content n.txt -NoNewline\n'y' | Add-Content n.txt -NoNewline\nGet-Content n.txt\nSet-Content -Path p.txt -Value 1, 2 -PassThru\nSet-Content s.txt 'gone' -WhatIf\n(Get-Content s.txt).Count",
    expected: "a\nb\nc\nxy\n1\n2\nWhat if: Performing the operation \"Set Content\" on target \"Path: WORK/s.txt\".\n3\n",
  },
  {
    name: "Out-File formats objects like Out-String",
    script: "'x' | Out-File o.txt\n[pscustomobject]@{ P = 1; Q = 'two' } | Out-File o.txt -Append\nGet-Content o.txt\n'ü' | Out-File u16.txt -Encoding unicode\nGet-Content u16.txt\n(Get-Item u16.txt).Length\ntry { 'x' | Out-File data/lines.txt -NoClobber } catch { $_.FullyQualifiedErrorId }",
    expected: "x\n\nP Q\n- -\n1 two\n\nü\n6\nNoClobber,Microsoft.PowerShell.Commands.OutFileCommand\n",
  },
];

describe('Get-Content, Set-Content, Add-Content and Out-File', () => {
  for (const c of cases) {
    test(c.name, () => {
      const run = runInFixture(c.script);
      expect(run.stdout).toBe(c.expected);
      expect(run.stderr).not.toMatch(/\bat .+\.(js|ts):\d+/);
    });
  }
});
