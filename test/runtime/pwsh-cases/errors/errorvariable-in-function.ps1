# errors: -ErrorVariable on an advanced function collects the errors it writes (about_CommonParameters)
function Test-Many {
    [CmdletBinding()]
    param()
    Write-Error 'e1'
    Write-Error 'e2'
    'done'
}
Test-Many -ErrorAction SilentlyContinue -ErrorVariable problems
$problems.Count
"$($problems[0])"
