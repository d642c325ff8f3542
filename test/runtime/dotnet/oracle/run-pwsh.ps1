# Evaluates each PowerShell expression of a JSON array (file $args[0]) and writes a JSON
# array of results to $args[1]: {"ok": "<text>"} or {"err": "<.NET type>: <message>"}.
# Used by gen.mjs to build the pwsh-verified test tables.
$ErrorActionPreference = 'Stop'
[cultureinfo]::CurrentCulture = 'en-US'
$exprs = Get-Content -Raw -Encoding utf8 $args[0] | ConvertFrom-Json
$results = foreach ($e in $exprs) {
  try {
    $v = & ([scriptblock]::Create($e))
    [pscustomobject]@{ ok = ($v -join "`n") }
  } catch {
    $x = $_.Exception
    while ($x.InnerException -and ($x -is [System.Management.Automation.MethodInvocationException] -or $x -is [System.Management.Automation.RuntimeException])) { $x = $x.InnerException }
    [pscustomobject]@{ err = $x.GetType().FullName + ': ' + $x.Message }
  }
}
ConvertTo-Json -InputObject @($results) -Depth 3 | Set-Content -Encoding utf8 $args[1]
