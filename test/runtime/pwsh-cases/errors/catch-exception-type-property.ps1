# errors: catching [System.Exception] catches everything and $_.Exception.GetType() tells which (about_Try_Catch_Finally)
foreach ($op in { [int]'x' }, { $null.Foo() }, { throw [System.TimeoutException]::new('slow') }) {
    try { & $op } catch [System.Exception] { $_.Exception.GetType().Name }
}
