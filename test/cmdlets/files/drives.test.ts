/** the variable: and env: drives: outputs as real pwsh 7.6.9 printed them. */
import { describe, expect, test } from 'vitest';
import { runInFixture, type FileCase } from './fixture.js';

const cases: FileCase[] = [
  {
    name: "variable: drive",
    script: "$v = 1\nTest-Path variable:v\nTest-Path variable:nope\nGet-Item variable:v | ForEach-Object { \"$($_.Name)=$($_.Value)\" }\nRemove-Item variable:v\nTest-Path variable:v\nRemove-Item variable:v -ErrorAction SilentlyContinue\n$Error[0].Exception.Message\n$zz1 = 1; $zz2 = 2\n(Get-ChildItem variable:zz*).Name -join ','\nRemove-Item variable:zz* -WhatIf",
    expected: "True\nFalse\nv=1\nFalse\nCannot find path 'Variable:/v' because it does not exist.\nzz1,zz2\nWhat if: Performing the operation \"Remove Item\" on target \"Item: zz1\".\nWhat if: Performing the operation \"Remove Item\" on target \"Item: zz2\".\n",
  },
  {
    name: "env: drive",
    script: "$env:TSH_TEST_VAR = 'v'\nTest-Path env:TSH_TEST_VAR\n(Get-Item env:TSH_TEST_VAR).Value\nGet-ChildItem env:TSH_TEST_VAR\nRemove-Item env:TSH_TEST_VAR\nTest-Path env:TSH_TEST_VAR\n$null -eq $env:TSH_TEST_VAR\nGet-Item env:TSH_TEST_VAR -ErrorAction SilentlyContinue\n$Error[0].Exception.Message",
    expected: "True\nv\n\nName                           Value\n----                           -----\nTSH_TEST_VAR                   v\nFalse\nTrue\nCannot find path 'Env:/TSH_TEST_VAR' because it does not exist.\n\n",
  },
];

describe('the variable: and env: drives', () => {
  for (const c of cases) {
    test(c.name, () => {
      const run = runInFixture(c.script);
      expect(run.stdout).toBe(c.expected);
      expect(run.stderr).not.toMatch(/\bat .+\.(js|ts):\d+/);
    });
  }
});
