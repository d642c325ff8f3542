/** Warnings the file and data cmdlets write (to stderr), as pwsh 7.6.9 words them. */
import { expect, test } from 'vitest';
import { runInFixture } from './fixture.js';

test('ConvertTo-Json warns when -Depth truncates the object graph', () => {
  const run = runInFixture('@{ a = @{ b = @{ c = @{ d = 1 } } } } | ConvertTo-Json -Compress');
  expect(run.stdout).toBe('{"a":{"b":{"c":"System.Collections.Hashtable"}}}\n');
  expect(run.stderr).toBe('WARNING: Resulting JSON is truncated as serialization has exceeded the set depth of 2.\n');
});

test('ConvertFrom-Csv warns once when header names are missing', () => {
  const run = runInFixture("'a,,c', '1,2,3', '4,5,6' | ConvertFrom-Csv | ForEach-Object H1");
  expect(run.stdout).toBe('2\n5\n');
  expect(run.stderr).toBe(
    'WARNING: One or more headers were not specified. Default names starting with "H" have been used in place of any missing headers.\n',
  );
});
