# functions: Write-Error in a function writes a non-terminating error and continues (Write-Error)
function Test-Item {
    param($Value)
    if ($Value -lt 0) { Write-Error "negative: $Value"; return }
    "ok $Value"
}
Test-Item 1
Test-Item -5 2>$null
'after'
