#!/usr/bin/env node
// make-cases.mjs: writes every snippet below byte-exact (UTF-8) to a temp folder, parses them all with
// real pwsh through pwsh-parse.ps1 (Parser::ParseFile) and writes parse-cases.json next to this script:
// [{name, source, errors:[{id, message, line, column, offset}]}]. Names start with "bad-" (pwsh reports
// parse errors) or "ok-" (pwsh reports none); the script refuses to write if a name disagrees with pwsh.
// Usage: node make-cases.mjs   (PWSH=/path/to/pwsh to choose the binary; default ~/.dotnet/tools/pwsh or pwsh)
import { writeFileSync, mkdtempSync, rmSync, existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir, homedir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

const bad = [
  // missing closers
  ['missing-close-brace-if', "if ($x) {\n    'a'\n"],
  ['missing-close-brace-function', 'function Get-Foo {\n    param($a)\n    $a\n'],
  ['missing-close-brace-scriptblock', 'Get-ChildItem | ForEach-Object { $_.Name\n'],
  ['missing-close-brace-nested', 'foreach ($u in $users) {\n    if ($u.Enabled) {\n        $u.Name\n}\n'],
  ['missing-close-brace-class', 'class Foo {\n    [string]$Name\n'],
  ['missing-close-paren-expression', '$x = (1 + 2\n'],
  ['missing-close-paren-method-call', '$s.Substring(1, 2\n'],
  ['missing-close-paren-command-arg', 'Write-Output (Get-Date\n'],
  ['missing-close-paren-if', "if ($x -eq 1 { 'a' }\n"],
  ['missing-close-paren-while', 'while ($i -lt 10 { $i++ }\n'],
  ['missing-close-paren-foreach', 'foreach ($u in $users { $u }\n'],
  ['missing-close-paren-switch', "switch ($x { 1 { 'a' } }\n"],
  ['missing-close-paren-for', 'for ($i = 0; $i -lt 3; $i++ { $i }\n'],
  ['missing-close-bracket-index', '$a[0\n'],
  ['missing-close-bracket-type', "[string$x = 'a'\n"],
  ['missing-close-bracket-generic', '$l = [System.Collections.Generic.List[string]::new()\n'],
  ['missing-close-bracket-attribute', 'function f {\n    param([Parameter(Mandatory=$true] $Name)\n}\n'],
  ['unterminated-double-quote', 'Write-Host "Hello\n'],
  ['unterminated-single-quote', "$a = 'abc\n"],
  ['apostrophe-in-single-quoted', "$name = 'O'Brien'\n"],
  ['unterminated-curly-double-quote', 'Write-Host \u201chello\n'],
  ['here-string-missing-terminator', '$t = @"\nline one\nline two\n'],
  ['here-string-single-missing-terminator', "$t = @'\nline\n"],
  ['here-string-indented-terminator', '$t = @"\nline\n    "@\nWrite-Output $t\n'],
  ['here-string-text-after-header', '$t = @" text\nmore\n"@\n'],
  ['here-string-on-one-line', '$t = @"text"@\n'],
  ['unterminated-subexpression', '$x = $(Get-Date\n'],
  ['unterminated-array-subexpression', '$x = @(1, 2\n'],
  ['unterminated-subexpression-in-string', '"Name: $($user.Name"\n'],
  ['unterminated-braced-variable', '${abc = 1\n'],
  ['unterminated-hashtable', '$h = @{ a = 1; b = 2\n'],
  // missing operands
  ['missing-operand-after-plus', '$a = 1 +\n'],
  ['missing-operand-after-minus-in-parens', '$a = (1 -)\n'],
  ['missing-operand-after-and', 'if ($a -and) { }\n'],
  ['missing-operand-after-eq', 'if ($a -eq) { }\n'],
  ['missing-operand-after-not', '$b = -not\n'],
  ['missing-value-after-assign', '$a =\n'],
  ['missing-value-after-plus-assign', '$total +=\n'],
  ['missing-element-after-comma', '$a = 1,\n'],
  ['missing-method-argument-after-comma', "$s.Replace('a',)\n"],
  ['missing-argument-after-comma', 'Get-Item -Path a,\n'],
  ['ternary-missing-colon', '$a = $b ? 1\n'],
  // missing statement blocks
  ['if-missing-block', 'if ($x)\n'],
  ['if-statement-without-braces', 'if ($x) Write-Output 1\n'],
  ['elseif-missing-block', 'if ($x) { 1 } elseif ($y)\n'],
  ['else-missing-block', 'if ($x) { 1 } else\n'],
  ['foreach-missing-block', 'foreach ($u in $users)\n'],
  ['while-missing-block', 'while ($true)\n'],
  ['for-missing-block', 'for ($i = 0; $i -lt 3; $i++)\n'],
  ['do-missing-block', 'do\n'],
  ['do-missing-while', 'do { $i++ }\n'],
  ['do-while-without-parens', 'do { $i++ } while $i -lt 3\n'],
  ['function-missing-block', 'function Get-Foo\n'],
  ['switch-missing-block', 'switch ($x)\n'],
  ['switch-clause-missing-block', "switch ($x) { 'a' }\n"],
  ['switch-default-missing-block', 'switch ($x) { default }\n'],
  ['try-missing-block', 'try\n'],
  ['catch-missing-block', 'try { } catch\n'],
  ['finally-missing-block', 'try { } finally\n'],
  ['trap-missing-block', 'trap\n'],
  // conditions and loop headers
  ['if-missing-condition', "if { 'a' }\n"],
  ['if-empty-condition', "if () { 'a' }\n"],
  ['while-empty-condition', 'while () { }\n'],
  ['foreach-missing-in', 'foreach ($x $y) { }\n'],
  ['foreach-missing-variable', 'foreach (in $y) { }\n'],
  ['foreach-property-as-variable', 'foreach ($x.Name in $y) { }\n'],
  ['foreach-missing-collection', 'foreach ($x in) { }\n'],
  // try/catch/if structure
  ['try-without-catch-or-finally', 'try { Get-Item x }\n'],
  // pipelines and chains
  ['empty-pipe-element', 'Get-Process | | Select-Object Name\n'],
  ['pipe-at-end', 'Get-Process |\n'],
  ['pipe-at-start', '| Select-Object Name\n'],
  ['and-and-at-end', 'Get-Item x &&\n'],
  ['or-or-at-end', 'Get-Item x ||\n'],
  ['and-and-at-start', '&& Get-Item x\n'],
  ['call-operator-alone', '&\n'],
  // hashtables
  ['hashtable-key-without-value', '$h = @{a}\n'],
  ['hashtable-missing-value', '$h = @{a=}\n'],
  ['hashtable-comma-separated', '$h = @{ a = 1, b = 2 }\n'],
  ['hashtable-missing-key', "$h = @{ 'a' = 1; = 2 }\n"],
  // types, indexes, members
  ['empty-type-literal', '[]$x = 1\n'],
  ['empty-index', '$a[]\n'],
  ['member-name-missing', '$a.\n'],
  ['static-member-name-missing', '[int]::\n'],
  ['generic-type-missing-bracket', '$d = [Dictionary[string,int]::new()\n'],
  // functions and params
  ['param-unclosed', 'param(\n    [string]$Name\n'],
  ['param-trailing-comma', 'function f {\n    param([string]$a, )\n}\n'],
  ['function-without-name', "function { 'a' }\n"],
  ['function-params-unclosed', 'function f($a, { }\n'],
  ['duplicate-parameter', 'function f($a, $a) { }\n'],
  ['named-block-mixed-with-statements', 'function f {\n    begin { }\n    $x\n}\n'],
  ['using-after-statement', 'Write-Host hi\nusing namespace System.IO\n'],
  ['attribute-without-target', '[ValidateNotNull()]\n'],
  ['enum-missing-value', 'enum E { A = }\n'],
  // labels, redirection, misc tokens
  ['redirection-without-target', 'Get-Process >\n'],
  ['error-redirection-without-target', 'Get-Process 2>\n'],
  ['append-redirection-without-target', "'x' >>\n"],
  ['unexpected-close-brace', '$a = 1\n}\n'],
  ['unexpected-close-paren', 'Write-Output 1)\n'],
  ['unexpected-token-after-expression', '$a = 1 2\n'],
  ['invalid-assignment-target', '$a + 1 = 2\n'],
  ['backtick-at-end-of-file', 'Get-Item `'],
  // several errors, later lines, CRLF
  ['several-errors', 'if ($a {\n    $b =\n}\n'],
  ['several-errors-separate-statements', '$x = (1\n$y = @{a}\n$z = 2 +\n'],
  ['error-on-line-3', '$a = 1\n$b = 2\n$c = (3 +\n'],
  [
    'error-on-line-3-missing-brace',
    'Import-Module ActiveDirectory\n$users = Get-ADUser -Filter *\nforeach ($u in $users) {\n    $u.Name\n',
  ],
  ['crlf-missing-brace', "$a = 1\r\nif ($a) {\r\n    'x'\r\n"],
  ['crlf-missing-operand-line-2', "Write-Host 'a'\r\n$b = 1 -\r\n"],
  ['crlf-unterminated-string', '$a = 1\r\n$b = "two\r\n$c = 3\r\n'],
  ['utf8-bom-missing-brace', '\uFEFFif ($x) {\n    1\n'],
  ['non-ascii-before-error', "$n = 'Zo\u00eb \u2013 caf\u00e9'\n$x = (1 +\n"],
  ['curly-apostrophe-in-single-quoted', "$name = 'O\u2019Brien'\n"],
];

const ok = [
  ['command-with-email-argument', 'Remove-MsolUser -UserPrincipalName jan@contoso.com -Force\n'],
  ['command-argument-looks-like-arithmetic', 'Write-Output 1+2\n'],
  ['switch-parameter-with-colon-value', 'Get-Item x -Confirm:$false\n'],
  ['comparison-with-arithmetic', '$a -eq 1+2\n'],
  ['unary-comma', ',1\n'],
  ['unary-not', '-not $x\n'],
  ['call-operator-with-splat', '& $cmd @args\n'],
  ['dot-source', '. ./lib.ps1\n'],
  ['foreach-object-alias', 'Get-Item x | % { $_ }\n'],
  ['where-object-alias-with-range', '1..10 | ? { $_ -gt 5 }\n'],
  ['leading-pipe-continuation', 'Get-Process\n    | Where-Object CPU -gt 10\n    | Select-Object Name\n'],
  ['backtick-continuation', 'Get-ChildItem -Path . `\n    -Filter *.csv `\n    -Recurse\n'],
  ['pipe-at-line-end-continuation', 'Get-Process |\n    Select-Object Name\n'],
  ['subexpression-in-string', '"$($x.Name):"\n'],
  ['braced-env-variable-with-parens', '"${env:ProgramFiles(x86)}"\n'],
  ['here-string-double', '$t = @"\nHello $name\n"quoted"\n"@\n'],
  ['here-string-single', "$t = @'\nno $expansion here\n'@\n"],
  ['generic-type-static-new', '$l = [System.Collections.Generic.List[string]]::new()\n'],
  ['typed-array-assignment', '[int[]]$a = 1,2\n'],
  ['hashtable-with-command-value', '$h = @{ a = Get-Date; b = 1 }\n'],
  ['hashtable-multiline', "$h = @{\n    Name = 'Ann'\n    Age  = 34\n}\n"],
  ['switch-regex-default', "switch -Regex ($x) { 'a' { 1 } default { 2 } }\n"],
  ['class-with-constructor', 'class Foo { [string]$Name; Foo() {} }\n'],
  ['enum-with-value', 'enum E { A; B = 3 }\n'],
  ['number-literals', '$n = 1GB, 0x1F, 1e3, 10d, 5l, 1.5kb\n'],
  ['en-dash-and-em-dash-as-minus', 'Get-ChildItem \u2013Path . \u2014Recurse\n$a = 5 \u2013 3\n'],
  ['curly-quotes', 'Write-Host \u201chello $name\u201d\n$s = \u2018single\u2019\n'],
  ['utf8-bom', '\uFEFFWrite-Output 1\n'],
  ['swap-with-multiple-assignment', '$a, $b = $b, $a\n'],
  ['null-conditional-member', '$x?.Prop\n'],
  ['braced-variable-null-conditional', '${a}?.b\n'],
  ['wildcard-argument', 'Get-ChildItem *.csv\n'],
  ['range-index', '$a[1..3]\n'],
  ['negative-index', '$a[-1]\n'],
  ['empty-foreach', 'foreach ($u in $users) { }\n'],
  ['labelled-loop-with-break', ':outer foreach ($i in 1..3) { foreach ($j in 1..3) { break outer } }\n'],
  ['try-catch-typed-finally', 'try { 1 } catch [System.IO.IOException] { 2 } catch { 3 } finally { 4 }\n'],
  ['if-elseif-else-multiline', 'if ($a) {\n    1\n}\nelseif ($b) {\n    2\n}\nelse {\n    3\n}\n'],
  ['pipeline-chain-operators', 'Get-Item x && Write-Output ok || Write-Output failed\n'],
  ['ternary-and-null-coalescing', "$r = $a ? 1 : 2\n$s = $b ?? 'none'\n$c ??= 5\n"],
  ['splat-hashtable', "$p = @{ Name = 'x'; Force = $true }\nRemove-Item @p\n"],
  [
    'advanced-function',
    'function Set-Thing {\n    [CmdletBinding(SupportsShouldProcess)]\n    param(\n        [Parameter(Mandatory)][string]$Name,\n        [switch]$Force\n    )\n    process { if ($PSCmdlet.ShouldProcess($Name)) { $Name } }\n}\n',
  ],
  ['redirections', 'Get-Item x 2>&1 > out.txt\nGet-Item y *> $null\n'],
  ['format-operator-and-static-call', '"{0:N2}" -f [math]::Round(3.14159, 2)\n'],
  ['crlf-valid-script', "$a = 1\r\nif ($a) {\r\n    'x'\r\n}\r\n"],
  ['comment-block-and-line', '<# header\n   comment #>\n$a = 1 # trailing\n'],
  ['command-with-hyphenated-argument', 'Write-Output -InputObject a-b --c\n'],
  ['cast-and-member-chain', "([datetime]'2024-01-01').AddDays(1).ToString('yyyy-MM-dd')\n"],
  ['scriptblock-param-invoke', '& { param($n) $n * 2 } 21\n'],
  ['dollar-underscore-property-in-string', 'Get-Item x | ForEach-Object { "$($_.Name) - $($_.Length)" }\n'],
  ['en-dash-comparison-operator', 'if ($a \u2013eq 1) { }\n'],
  ['operator-line-continuation', '$a = 1 +\n    2\n'],
  ['assignment-value-on-next-line', '$a =\n    Get-Date\n'],
  // statements pwsh accepts although they look broken
  ['catch-after-finally-parses-as-command', 'try { } finally { } catch { }\n'],
  ['second-else-parses-as-command', 'if ($a) { 1 } else { 2 } else { 3 }\n'],
  ['elseif-without-if-parses-as-command', 'elseif ($a) { 1 }\n'],
  ['else-without-if-parses-as-command', 'else { 1 }\n'],
  ['label-alone', ':outer\n'],
  ['label-before-command', ':outer Write-Output 1\n'],
  ['number-with-letters-parses-as-command', '$a = 12abc\n'],
];

const cases = [...bad.map(([n, s]) => ['bad-' + n, s]), ...ok.map(([n, s]) => ['ok-' + n, s])];
const names = new Set();
for (const [n] of cases) {
  if (names.has(n)) throw new Error('duplicate name ' + n);
  names.add(n);
}

const pwsh =
  process.env.PWSH ||
  (existsSync(join(homedir(), '.dotnet/tools/pwsh')) ? join(homedir(), '.dotnet/tools/pwsh') : 'pwsh');
const dir = mkdtempSync(join(tmpdir(), 'pwsh-parse-'));
try {
  const files = cases.map(([n, s], i) => {
    const f = join(dir, String(i).padStart(3, '0') + '-' + n + '.ps1');
    writeFileSync(f, s, 'utf8');
    return f;
  });
  const out = execFileSync(
    pwsh,
    ['-NoProfile', '-NonInteractive', '-File', join(here, 'pwsh-parse.ps1'), ...files],
    {
      encoding: 'utf8',
      env: { ...process.env, TERM: 'dumb', NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'inherit'],
      maxBuffer: 64 << 20,
    },
  );
  const results = out
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l));
  if (results.length !== cases.length)
    throw new Error(`pwsh returned ${results.length} results for ${cases.length} files`);
  let mismatched = 0;
  const table = cases.map(([name, source], i) => {
    const r = results[i];
    if (r.file !== files[i]) throw new Error('result order mismatch at ' + name);
    const errors = r.errors.map((e) => ({
      id: e.id,
      message: e.message,
      line: e.line,
      column: e.column,
      offset: e.offset,
    }));
    if (name.startsWith('bad-') !== errors.length > 0) {
      mismatched++;
      console.error(`name disagrees with pwsh: ${name} (${errors.length} errors)`);
    }
    return { name, source, errors };
  });
  if (mismatched) {
    console.error(`${mismatched} case(s) misnamed; parse-cases.json not written`);
    process.exit(1);
  }
  // non-ASCII characters (BOM, dashes, curly quotes) are written as \uXXXX escapes so they stay visible
  const json = JSON.stringify(table, null, 2).replace(
    /[\u007f-\uffff]/g,
    (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'),
  );
  writeFileSync(join(here, 'parse-cases.json'), json + '\n', 'utf8');
  console.log(
    `wrote ${table.length} cases (${bad.length} with errors, ${ok.length} valid) to parse-cases.json`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
