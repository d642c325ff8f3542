# errors: one catch clause can list several exception types (about_Try_Catch_Finally)
foreach ($e in [System.ArgumentException]::new('a'), [System.FormatException]::new('f'), [System.TimeoutException]::new('t')) {
    try { throw $e }
    catch [System.ArgumentException], [System.FormatException] { "handled $($e.GetType().Name)" }
    catch { "other $($e.GetType().Name)" }
}
