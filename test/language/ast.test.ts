import { describe, expect, it } from 'vitest';
import { parseScript } from '../../src/language/parse.js';
import { compact } from './compact.js';

function ast(source: string): string {
  const result = parseScript(source);
  expect(result.errors.map((e) => e.message)).toEqual([]);
  return compact(result.ast);
}

// Each row: source, then its AST in the compact form of compact.ts.
describe('command mode and expression mode (about_Parsing)', () => {
  it.each([
    ['Remove-MsolUser -UserPrincipalName jan@contoso.com -Force', '(cmd Remove-MsolUser -UserPrincipalName jan@contoso.com -Force)'],
    ['Write-Output 1+2', '(cmd Write-Output 1+2)'],
    ['$a -eq 1+2', '(-eq $a (+ 1:int 2:int))'],
    ['Get-X -Confirm:$false', '(cmd Get-X -Confirm:$false)'],
    ['Get-X -Count 5', '(cmd Get-X -Count 5:int)'],
    ['Get-X a,b,"c"', '(cmd Get-X (, a b "c"))'],
    ['Get-X $u.UserPrincipalName $a[0]', '(cmd Get-X (. $u UserPrincipalName) (index $a 0:int))'],
    ['Get-X ($a + 1) -Name:(Get-Y)', '(cmd Get-X (paren (+ $a 1:int)) -Name:(paren (cmd Get-Y)))'],
    ['& $cmd @params', '(cmd& $cmd @params)'],
    ['. ./lib.ps1', '(cmd. ./lib.ps1)'],
    ['Get-X | % { $_ } | ? Name -eq x', '(| (cmd Get-X) (cmd % {$_}) (cmd ? Name -eq x))'],
    ['Get-X |\n  Select-Object -First 1', '(| (cmd Get-X) (cmd Select-Object -First 1:int))'],
    ['Get-X\n  | Select-Object -First 1', '(| (cmd Get-X) (cmd Select-Object -First 1:int))'],
    ['Get-X `\n  -Force', '(cmd Get-X -Force)'],
    ['Get-X > $null 2>&1', '(cmd Get-X (output> $null) (error>&output))'],
    ['Get-X *>> log.txt', '(cmd Get-X (all>> log.txt))'],
    ['Get-X && Get-Y || Get-Z', '(|| (&& (cmd Get-X) (cmd Get-Y)) (cmd Get-Z))'],
    ['Remove-MsolUser \u2013UserPrincipalName \u201cjan@contoso.com\u201d \u2014Force', '(cmd Remove-MsolUser -UserPrincipalName "jan@contoso.com" -Force)'],
  ])('%j', (source, expected) => expect(ast(source)).toBe(expected));
});

describe('operators and precedence (about_Operator_Precedence)', () => {
  it.each([
    ['1 + 2 * 3', '(+ 1:int (* 2:int 3:int))'],
    ['$a -and $b -or $c', '(-or (-and $a $b) $c)'],
    ['$a -eq 1 -and $b -ne 2', '(-and (-eq $a 1:int) (-ne $b 2:int))'],
    ['1,2 + 3', '(+ (, 1:int 2:int) 3:int)'],
    ['-not $a -eq $b', '(-eq (-not $a) $b)'],
    ['"{0:N2}" -f 1.5 + 1', '(+ (-f "{0:N2}" 1.5:double) 1:int)'],
    ['1..10', '(.. 1:int 10:int)'],
    ['-1..5', '(.. -1:int 5:int)'],
    ['$x ?? "d"', '(?? $x "d")'],
    ['$a ? 1 : 2', '(? $a 1:int 2:int)'],
    ['$s -replace "a(b)", \'$1\' -split ","', '(-split (-replace $s (, "a(b)" "$1")) ",")'],
    ['$a -is [string] -and $b -as [int]', '(-and (-is $a [string]) (-as $b [int]))'],
    ['$a -bor 0x1F', '(-bor $a 31:int)'],
    ['$i++', '(postfix++ $i)'],
    ['++$i', '(++ $i)'],
    [',$x', '(, $x)'],
    ['!$x', '(! $x)'],
    ['$a -CEQ $b', '(-ceq $a $b)'],
    ['$x = $y = 5', '(= $x (= $y 5:int))'],
    ['$a, $b = $b, $a', '(= (, $a $b) (, $b $a))'],
    ['$t += 1', '(+= $t 1:int)'],
    ['$x = Get-Date', '(= $x (cmd Get-Date))'],
    ['$x = if ($a) { 1 } else { 2 }', '(= $x (if $a {1:int} else {2:int}))'],
  ])('%j', (source, expected) => expect(ast(source)).toBe(expected));
});

describe('literals, members and types', () => {
  it.each([
    ['1GB', '1073741824:int'],
    ['0x1F', '31:int'],
    ['1e3', '1000:double'],
    ['10d', '10:decimal'],
    ['5l', '5:long'],
    ['1.5kb', '1536:double'],
    ['0xFFFFFFFF', '-1:int'],
    ['3000000000', '3000000000:long'],
    ["'it''s'", '"it\'s"'],
    ['"a `"b`" ""c"" `t$x"', '(expand "a \\"b\\" \\"c\\" \\t" $x)'],
    ['"$($u.Name): ${env:ProgramFiles(x86)}"', '(expand $((. $u Name)) ": " $env:ProgramFiles(x86))'],
    ['"$script:count items"', '(expand $script:count " items")'],
    ["@'\nline $x\n'@", '"line $x"'],
    ['@"\nHi $name\n"@', '(expand "Hi " $name)'],
    ['[string]::IsNullOrEmpty($x)', '(call [string] IsNullOrEmpty $x)'],
    ['[datetime]::Now', '(:: [datetime] Now)'],
    ['[System.Collections.Generic.List[string]]::new()', '(call [System.Collections.Generic.List[string]] new)'],
    ['[int]$x = "5"', '(= ([int] $x) "5")'],
    ['[pscustomobject]@{ Name = "a"; Count = 1 }', '([pscustomobject] @{Name="a" Count=1:int})'],
    ['[ordered]@{\n  a = 1\n  b = Get-Date\n}', '([ordered] @{a=1:int b=(cmd Get-Date)})'],
    ['$u.Licenses.AccountSkuId', '(. (. $u Licenses) AccountSkuId)'],
    ['$x.$name', '(. $x $name)'],
    ['${a}?.b', '(?. $a b)'],
    ['$s.Trim().ToLower()', '(call (call $s Trim) ToLower)'],
    ['$a[-1]', '(index $a -1:int)'],
    ['$a[1..3]', '(index $a (.. 1:int 3:int))'],
    ['@(1, 2)', '@((, 1:int 2:int))'],
    ['$env:USERPROFILE', '$env:USERPROFILE'],
    ['@{n="Name";e={$_.X}}', '@{n="Name" e={(. $_ X)}}'],
  ])('%j', (source, expected) => expect(ast(source)).toBe(expected));
});

describe('statements', () => {
  it.each([
    ['if ($a) { 1 }\nelseif ($b) { 2 }\nelse { 3 }', '(if $a {1:int} $b {2:int} else {3:int})'],
    ['foreach ($u in Get-MsolUser -All) { $u }', '(foreach $u (cmd Get-MsolUser -All) {$u})'],
    ["switch -Regex ($x) { '^a' { 1 } default { 2 } }", '(switch -regex $x "^a" {1:int} default {2:int})'],
    ['try { 1 } catch [System.Net.WebException], [System.IO.IOException] { 2 } finally { 3 }', '(try {1:int} catch [System.Net.WebException], [System.IO.IOException] {2:int} finally {3:int})'],
    ['function Get-Foo { param([Parameter(Mandatory)][string]$Name = "x") process { $Name } }', '(function Get-Foo (param [Parameter(Mandatory)] [string]$Name="x") process:$Name)'],
    ['[CmdletBinding(SupportsShouldProcess)]\nparam($a)\n$a', '(param $a) $a'],
    ['return $x', '(return $x)'],
    ['throw "bad"', '(throw "bad")'],
    ['exit 3', '(exit 3:int)'],
  ])('%j', (source, expected) => expect(ast(source)).toBe(expected));

  it('parses class and enum definitions', () => {
    const result = parseScript('enum State { Active; Deleted = 3 }\nclass Row { [string]$Name\n static [int] Twice([int]$x) { return $x * 2 } }');
    expect(result.errors).toEqual([]);
    const [enumDef, classDef] = result.ast.end!.statements;
    expect(enumDef).toMatchObject({ kind: 'TypeDefinition', typeKind: 'enum', name: 'State', members: [{ name: 'Active' }, { name: 'Deleted' }] });
    expect(classDef).toMatchObject({ kind: 'TypeDefinition', typeKind: 'class', name: 'Row', members: [{ kind: 'PropertyMember', name: 'Name' }, { kind: 'FunctionMember', name: 'Twice', isStatic: true }] });
  });
});

describe('extents', () => {
  it('give every node its place in the source', () => {
    const source = '$total = 1\nGet-MsolUser -UserPrincipalName "a@b.c"';
    const result = parseScript(source, 'x.ps1');
    const [assignment, pipeline] = result.ast.end!.statements;
    expect(source.slice(assignment!.extent.start, assignment!.extent.end)).toBe('$total = 1');
    expect(source.slice(pipeline!.extent.start, pipeline!.extent.end)).toBe('Get-MsolUser -UserPrincipalName "a@b.c"');
    expect(result.source.position(pipeline!.extent.start)).toEqual({ line: 2, column: 1 });
  });

  it('count from after a byte-order mark, as pwsh does', () => {
    const result = parseScript('\ufeffif ($x) {', 'bom.ps1');
    expect(result.errors.map((e) => [e.id, result.source.position(e.extent.start)])).toEqual([
      ['MissingEndCurlyBrace', { line: 1, column: 9 }],
    ]);
  });
});
