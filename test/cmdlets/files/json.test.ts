/** ConvertTo-Json and ConvertFrom-Json: outputs as real pwsh 7.6.9 printed them. */
import { describe, expect, test } from 'vitest';
import { runInFixture, type FileCase } from './fixture.js';

const cases: FileCase[] = [
  {
    name: "ConvertTo-Json collects piped values into an array",
    script: "1, 2 | ConvertTo-Json -Compress\n42 | ConvertTo-Json -AsArray -Compress\n,@(1, 2) | ConvertTo-Json -Compress\n@() | ConvertTo-Json\nConvertTo-Json -InputObject @() -Compress",
    expected: "[1,2]\n[42]\n[1,2]\n[]\n",
  },
  {
    name: "ConvertTo-Json -EnumsAsStrings and -EscapeHandling",
    script: "[System.DayOfWeek]::Monday | ConvertTo-Json\n[System.DayOfWeek]::Monday | ConvertTo-Json -EnumsAsStrings\n'<a>' | ConvertTo-Json -EscapeHandling EscapeHtml",
    expected: "1\n\"Monday\"\n\"\\u003ca\\u003e\"\n",
  },
  {
    name: "ConvertFrom-Json: several complete texts, or lines of one",
    script: "'1', '2' | ConvertFrom-Json\n'{\"a\":1}', '{\"b\":2}' | ConvertFrom-Json | ForEach-Object { $_.psobject.Properties.Name }\n'[1,', '2]' | ConvertFrom-Json | Measure-Object | ForEach-Object Count",
    expected: "1\n2\na\nb\n2\n",
  },
  {
    name: "ConvertFrom-Json -NoEnumerate and -AsHashtable",
    script: "'[1,2]' | ConvertFrom-Json -NoEnumerate | ForEach-Object { \"item: $_\" }\n'[1,2]' | ConvertFrom-Json | ForEach-Object { \"item: $_\" }\n$h = '{\"x\": [1, 2]}' | ConvertFrom-Json -AsHashtable\n$h.x.Count\n$h -is [System.Collections.IDictionary]",
    expected: "item: 1 2\nitem: 1\nitem: 2\n2\nTrue\n",
  },
  {
    name: "ConvertFrom-Json of invalid JSON",
    script: "try { '{\"a\":' | ConvertFrom-Json } catch { $_.Exception.Message; $_.FullyQualifiedErrorId; $_.Exception.GetType().FullName }\ntry { 'abc' | ConvertFrom-Json } catch { $_.Exception.Message }\n'' | ConvertFrom-Json\n'done'",
    expected: "Conversion from JSON failed with error: Unexpected end when deserializing object. Path 'a', line 1, position 5.\nSystem.ArgumentException,Microsoft.PowerShell.Commands.ConvertFromJsonCommand\nSystem.ArgumentException\nConversion from JSON failed with error: Unexpected character encountered while parsing value: a. Path '', line 0, position 0.\ndone\n",
  },
  {
    name: "JSON through a file",
    script: "@{ list = @(1, 2) } | ConvertTo-Json | Set-Content j.json\n(Get-Content j.json | ConvertFrom-Json).list -join '+'\n(Get-Content j.json -Raw | ConvertFrom-Json).list -join '+'",
    expected: "1+2\n1+2\n",
  },
];

describe('ConvertTo-Json and ConvertFrom-Json', () => {
  for (const c of cases) {
    test(c.name, () => {
      const run = runInFixture(c.script);
      expect(run.stdout).toBe(c.expected);
      expect(run.stderr).not.toMatch(/\bat .+\.(js|ts):\d+/);
    });
  }
});
