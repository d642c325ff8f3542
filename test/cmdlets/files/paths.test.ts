/** Test-Path, Join-Path, Split-Path, Resolve-Path and the location cmdlets: outputs as real pwsh 7.6.9 printed them. */
import { describe, expect, test } from 'vitest';
import { runInFixture, type FileCase } from './fixture.js';

const cases: FileCase[] = [
  {
    name: "Test-Path",
    script: "Test-Path data/users.csv, data/nope.csv\nTest-Path data -PathType Container\nTest-Path data -PathType Leaf\nTest-Path data/*.csv\nTest-Path 'data\\sub\\deep.txt'\nTest-Path ''\nTest-Path C:\\x.txt\nTest-Path data/users.csv -IsValid",
    expected: "True\nFalse\nTrue\nFalse\nTrue\nTrue\nFalse\nFalse\nTrue\n",
  },
  {
    name: "Join-Path and Split-Path",
    script: "Join-Path data users.csv\nJoin-Path data sub deep.txt\nJoin-Path '/tmp' 'a\\b'\nJoin-Path -Path a,b -ChildPath c\nSplit-Path 'd\\sub\\b.csv'\nSplit-Path 'd\\sub\\b.csv' -Leaf\nSplit-Path '/x/y/b.csv' -LeafBase\nSplit-Path '/x/y/b.csv' -Extension\nSplit-Path 'C:\\x\\y.txt' -Qualifier\nSplit-Path 'C:\\x\\y.txt' -NoQualifier\nSplit-Path 'variable:x' -Qualifier\nSplit-Path 'd/a.txt' -IsAbsolute\nSplit-Path '/d/a.txt' -IsAbsolute\n\"[\" + (Split-Path 'a.txt') + \"]\"",
    expected: "data/users.csv\ndata/sub/deep.txt\n/tmp/a/b\na/c\nb/c\nd/sub\nb.csv\nb\n.csv\nC:\n\\x\\y.txt\nvariable:\nFalse\nTrue\n[]\n",
  },
  {
    name: "Join-Path -Resolve, Split-Path errors",
    script: "Join-Path data *.csv -Resolve | Split-Path -Leaf\nJoin-Path data nope -Resolve -ErrorAction SilentlyContinue\n$Error[0].FullyQualifiedErrorId\nSplit-Path '/x' -Qualifier -ErrorAction SilentlyContinue\n$Error[0].FullyQualifiedErrorId\nSplit-Path '/' -Parent -ErrorAction SilentlyContinue\n$Error[0].FullyQualifiedErrorId",
    expected: "users.csv\nPathNotFound,Microsoft.PowerShell.Commands.JoinPathCommand\nParsePathFormatError,Microsoft.PowerShell.Commands.SplitPathCommand\nArgument,Microsoft.PowerShell.Commands.SplitPathCommand\n",
  },
  {
    name: "Resolve-Path",
    script: "(Resolve-Path 'data\\users.csv').Path\nResolve-Path data/*.csv -Relative\nResolve-Path data/users.csv | ForEach-Object { $_.GetType().FullName }\nResolve-Path nope -ErrorAction SilentlyContinue\n$Error[0].FullyQualifiedErrorId",
    expected: "WORK/data/users.csv\n./data/users.csv\nSystem.Management.Automation.PathInfo\nPathNotFound,Microsoft.PowerShell.Commands.ResolvePathCommand\n",
  },
  {
    name: "Locations",
    script: "Set-Location data\nSplit-Path (Get-Location).Path -Leaf\nPush-Location sub\nSplit-Path $PWD -Leaf\nPop-Location\nSplit-Path $PWD -Leaf\nPop-Location\nGet-Content users.csv -TotalCount 1\nSet-Location nope -ErrorAction SilentlyContinue\n$Error[0].FullyQualifiedErrorId\nSet-Location users.csv -ErrorAction SilentlyContinue\n$Error[0].Exception.Message",
    expected: "data\nsub\ndata\nName,Dept\nPathNotFound,Microsoft.PowerShell.Commands.SetLocationCommand\nCannot find path 'users.csv' because it does not exist.\n",
  },
  {
    name: "Get-Location prints as a Path table",
    script: "Set-Location data/sub\nGet-Location | Format-Table @{ n = 'Path'; e = { Split-Path $_.Path -Leaf } }",
    expected: "\nPath\n----\nsub\n\n",
  },
];

describe('Test-Path, Join-Path, Split-Path, Resolve-Path and the location cmdlets', () => {
  for (const c of cases) {
    test(c.name, () => {
      const run = runInFixture(c.script);
      expect(run.stdout).toBe(c.expected);
      expect(run.stderr).not.toMatch(/\bat .+\.(js|ts):\d+/);
    });
  }
});
