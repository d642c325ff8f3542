# Evaluates the oracle rows written by gen.mjs: each row is { expr, args }; the expression sees the
# arguments as $a and its output is recorded as a list of strings (or the error it raised).
param([string]$InFile, [string]$OutFile)
$rows = Get-Content -Raw -LiteralPath $InFile | ConvertFrom-Json -NoEnumerate
$results = foreach ($row in $rows) {
  $a = @($row.args)
  try {
    $sb = [scriptblock]::Create($row.expr)
    $items = @(& $sb | ForEach-Object { [string]$_ })
    @{ items = [string[]]$items }
  } catch {
    @{ err = $_.Exception.GetType().FullName + ': ' + $_.Exception.Message }
  }
}
ConvertTo-Json -InputObject @($results) -Depth 4 -Compress | Set-Content -LiteralPath $OutFile -Encoding utf8
