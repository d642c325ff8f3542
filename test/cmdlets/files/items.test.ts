/** New-Item, Get-Item, Get-ChildItem, Copy-Item, Move-Item, Rename-Item and Remove-Item: outputs as real pwsh 7.6.9 printed them. */
import { describe, expect, test } from 'vitest';
import { runInFixture, type FileCase } from './fixture.js';

const cases: FileCase[] = [
  {
    name: "New-Item, Copy-Item, Move-Item, Rename-Item, Remove-Item",
    script: "New-Item -ItemType Directory newdir | Select-Object -ExpandProperty Name\n(New-Item newdir/f.txt -Value 'hello').Length\nGet-Content newdir/f.txt\nCopy-Item newdir/f.txt newdir/g.txt\nMove-Item newdir/g.txt newdir/h.txt\nRename-Item newdir/h.txt i.txt\n(Get-ChildItem newdir).Name\nCopy-Item newdir copy -Recurse\n(Get-ChildItem copy).Name -join ','\nRemove-Item newdir, copy -Recurse\nTest-Path newdir, copy",
    expected: "newdir\n5\nhello\nf.txt\ni.txt\nf.txt,i.txt\nFalse\nFalse\n",
  },
  {
    name: "New-Item errors and -Force",
    script: "try { New-Item -ItemType Directory data -ErrorAction Stop } catch { $_.FullyQualifiedErrorId }\n(New-Item -ItemType Directory data -Force).Name\ntry { New-Item data/users.csv -ErrorAction Stop } catch { $_.FullyQualifiedErrorId }\ntry { New-Item nodir/a.txt -ErrorAction Stop } catch { $_.Exception.Message }\n(New-Item nodir/a.txt -Force).Name\ntry { New-Item x -ItemType Foo -ErrorAction Stop } catch { $_.Exception.Message }",
    expected: "DirectoryExist,Microsoft.PowerShell.Commands.NewItemCommand\ndata\nNewItemIOError,Microsoft.PowerShell.Commands.NewItemCommand\nCould not find a part of the path 'WORK/nodir/a.txt'.\na.txt\nThe type is not a known type for the file system. Only \"file\",\"directory\" or \"symboliclink\" can be specified.\n",
  },
  {
    name: "File and folder item properties",
    script: "$f = Get-Item data/users.csv\n$f.Name; $f.Length; $f.Extension; $f.BaseName; $f.Mode; $f.PSIsContainer; $f.Exists\n$f.Length.GetType().Name\n$f.LastWriteTime.ToString('yyyy-MM-dd HH:mm')\n$f.DirectoryName\n$f.PSParentPath\n\"$f\"\n$d = Get-Item data\n$d.Mode; $d.PSIsContainer; $d.BaseName",
    expected: "users.csv\n24\n.csv\nusers\n-----\nFalse\nTrue\nInt64\n2024-03-05 14:07\nWORK/data\nMicrosoft.PowerShell.Core\\FileSystem::WORK/data\nWORK/data/users.csv\nd----\nTrue\ndata\n",
  },
  {
    name: "Get-ChildItem order, -Recurse, -Name, -Filter, -File, -Directory",
    script: "(Get-ChildItem data).Name -join ','\nGet-ChildItem data -Recurse -Name\n(Get-ChildItem data -Filter *.txt -Recurse).Name -join ','\n(Get-ChildItem data -File).Name -join ','\n(Get-ChildItem data -Directory).Name -join ','\n(Get-ChildItem data/*.csv).Name\n(Get-ChildItem data -Exclude *.txt).Name -join ','",
    expected: "sub,lines.txt,users.csv\nsub\nlines.txt\nusers.csv\nsub/deep.txt\nlines.txt,deep.txt\nlines.txt,users.csv\nsub\nusers.csv\nsub,users.csv\n",
  },
  {
    name: "Item errors name the full path",
    script: "Get-Item data/nope -ErrorAction SilentlyContinue\n$Error[0].Exception.Message\n$Error[0].FullyQualifiedErrorId\nRemove-Item data/nope -ErrorAction SilentlyContinue\n$Error[0].FullyQualifiedErrorId\nCopy-Item data/nope x -ErrorAction SilentlyContinue\n$Error[0].FullyQualifiedErrorId\nGet-ChildItem data/nope -ErrorAction SilentlyContinue\n$Error[0].CategoryInfo.Category",
    expected: "Cannot find path 'WORK/data/nope' because it does not exist.\nPathNotFound,Microsoft.PowerShell.Commands.GetItemCommand\nPathNotFound,Microsoft.PowerShell.Commands.RemoveItemCommand\nPathNotFound,Microsoft.PowerShell.Commands.CopyItemCommand\nObjectNotFound\n",
  },
  {
    name: "Remove-Item -WhatIf",
    script: "Remove-Item data/users.csv -WhatIf\nTest-Path data/users.csv",
    expected: "What if: Performing the operation \"Remove File\" on target \"WORK/data/users.csv\".\nTrue\n",
  },
];

describe('New-Item, Get-Item, Get-ChildItem, Copy-Item, Move-Item, Rename-Item and Remove-Item', () => {
  for (const c of cases) {
    test(c.name, () => {
      const run = runInFixture(c.script);
      expect(run.stdout).toBe(c.expected);
      expect(run.stderr).not.toMatch(/\bat .+\.(js|ts):\d+/);
    });
  }
});
