/** Import-Csv, Export-Csv, ConvertFrom-Csv and ConvertTo-Csv: outputs as real pwsh 7.6.9 printed them. */
import { describe, expect, test } from 'vitest';
import { runInFixture, type FileCase } from './fixture.js';

const cases: FileCase[] = [
  {
    name: "Import-Csv reads rows with / and \\ separators",
    script: "$rows = Import-Csv data/users.csv\n$rows.Count\n(Import-Csv data\\users.csv)[1].Name\n$rows | ForEach-Object { \"$($_.Name)/$($_.Dept)\" }",
    expected: "2\nBob\nAnn/IT\nBob/HR\n",
  },
  {
    name: "Import-Csv streams each row before reading the next",
    script: "Import-Csv data/users.csv | ForEach-Object { Write-Host \"import $($_.Name)\"; $_ } | ForEach-Object { Write-Host \"use $($_.Name)\" }",
    expected: "import Ann\nuse Ann\nimport Bob\nuse Bob\n",
  },
  {
    name: "Import-Csv -Header and -Delimiter",
    script: "(Import-Csv data/users.csv -Header X, Y)[1].X\n'a;b', '1;2' | Set-Content semi.csv\n(Import-Csv semi.csv -Delimiter ';').b",
    expected: "Ann\n2\n",
  },
  {
    name: "Import-Csv takes files from Get-ChildItem by PSPath",
    script: "Get-ChildItem data/*.csv | Import-Csv | ForEach-Object Name",
    expected: "Ann\nBob\n",
  },
  {
    name: "Import-Csv of a missing file stops with FileOpenFailure",
    script: "try { Import-Csv data/nope.csv, data/users.csv } catch { $_.Exception.Message; $_.FullyQualifiedErrorId; $_.CategoryInfo.Category }",
    expected: "Could not find file 'WORK/data/nope.csv'.\nFileOpenFailure,Microsoft.PowerShell.Commands.ImportCsvCommand\nOpenError\n",
  },
  {
    name: "Import-Csv with a repeated column name",
    script: "Set-Content dup.csv 'a,b,A', '1,2,3'\ntry { Import-Csv dup.csv } catch { $_.Exception.Message; $_.FullyQualifiedErrorId }",
    expected: "The member \"A\" is already present.\nAlreadyPresentPSMemberInfoInternalCollectionAdd,Microsoft.PowerShell.Commands.ImportCsvCommand\n",
  },
  {
    name: "Import-Csv of an unmatched wildcard",
    script: "try { Import-Csv *.nomatch } catch { $_.Exception.Message; $_.FullyQualifiedErrorId; $_.TargetObject }",
    expected: "Unable to find the specified file.\nFileOpenFailure,Microsoft.PowerShell.Commands.ImportCsvCommand\n*.nomatch\n",
  },
  {
    name: "Export-Csv writes, appends and checks columns",
    script: "[pscustomobject]@{ A = 1; B = 'x,y' } | Export-Csv out.csv -NoTypeInformation\n[pscustomobject]@{ A = 2; B = 'z' } | Export-Csv out.csv -Append\nGet-Content out.csv\ntry { [pscustomobject]@{ Other = 1 } | Export-Csv out.csv -Append } catch { $_.FullyQualifiedErrorId; $_.TargetObject }\n[pscustomobject]@{ Other = 1 } | Export-Csv out.csv -Append -Force\nGet-Content out.csv",
    expected: "\"A\",\"B\"\n\"1\",\"x,y\"\n\"2\",\"z\"\nCannotAppendCsvWithMismatchedPropertyNames,Microsoft.PowerShell.Commands.ExportCsvCommand\nA\n\"A\",\"B\"\n\"1\",\"x,y\"\n\"2\",\"z\"\n,\n",
  },
  {
    name: "Export-Csv -UseQuotes, -Delimiter, -NoHeader, -IncludeTypeInformation",
    script: "[pscustomobject]@{ N = 'q\"uote'; M = $null } | Export-Csv q.csv -UseQuotes AsNeeded\nGet-Content q.csv\n[pscustomobject]@{ N = 1; M = 2 } | Export-Csv q.csv -Delimiter ';' -NoHeader\nGet-Content q.csv\n[pscustomobject]@{ N = 1 } | Export-Csv q.csv -IncludeTypeInformation\nGet-Content q.csv",
    expected: "N,M\n\"q\"\"uote\",\n\"1\";\"2\"\n#TYPE System.Management.Automation.PSCustomObject\n\"N\"\n\"1\"\n",
  },
  {
    name: "Export-Csv -NoClobber and a missing folder",
    script: "try { 1 | Export-Csv data/users.csv -NoClobber } catch { $_.FullyQualifiedErrorId; $_.CategoryInfo.Category }\ntry { 1 | Export-Csv nodir/a.csv } catch { $_.FullyQualifiedErrorId; $_.Exception.GetType().Name }\nTest-Path nodir",
    expected: "NoClobber,Microsoft.PowerShell.Commands.ExportCsvCommand\nResourceExists\nFileOpenFailure,Microsoft.PowerShell.Commands.ExportCsvCommand\nDirectoryNotFoundException\nFalse\n",
  },
  {
    name: "Export-Csv -Encoding utf8BOM round-trips",
    script: "[pscustomobject]@{ A = 'é' } | Export-Csv enc.csv -Encoding utf8BOM\n(Get-Item enc.csv).Length\n(Import-Csv enc.csv).A",
    expected: "12\né\n",
  },
  {
    name: "Export-Csv -WhatIf writes nothing",
    script: "1 | Export-Csv w.csv -WhatIf\nTest-Path w.csv",
    expected: "What if: Performing the operation \"Export-Csv\" on target \"w.csv\".\nFalse\n",
  },
  {
    name: "ConvertFrom-Csv of file lines and ConvertTo-Csv",
    script: "(Get-Content data/users.csv) | ConvertFrom-Csv | ForEach-Object Dept\n[pscustomobject]@{ a = 1; b = 'two' } | ConvertTo-Csv -UseQuotes Never\ntry { [pscustomobject]@{a=1} | ConvertTo-Csv -UseQuotes Never -QuoteFields a } catch { $_.Exception.Message; $_.FullyQualifiedErrorId }",
    expected: "IT\nHR\na,b\n1,two\nYou must specify either the -UseQuotes or -QuoteFields parameters, but not both.\nCannotSpecifyQuoteFieldsAndUseQuotes,Microsoft.PowerShell.Commands.ConvertToCsvCommand\n",
  },
  {
    name: "ConvertFrom-Csv with a repeated column name",
    script: "try { 'a,a', '1,2' | ConvertFrom-Csv } catch { $_.Exception.Message; $_.FullyQualifiedErrorId }",
    expected: "The member \"a\" is already present.\nAlreadyPresentPSMemberInfoInternalCollectionAdd,Microsoft.PowerShell.Commands.ConvertFromCsvCommand\n",
  },
];

describe('Import-Csv, Export-Csv, ConvertFrom-Csv and ConvertTo-Csv', () => {
  for (const c of cases) {
    test(c.name, () => {
      const run = runInFixture(c.script);
      expect(run.stdout).toBe(c.expected);
      expect(run.stderr).not.toMatch(/\bat .+\.(js|ts):\d+/);
    });
  }
});
