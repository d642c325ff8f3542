# errors: throwing an exception object keeps its type and message (about_Throw)
try { throw [System.IO.FileNotFoundException]::new('missing.txt not found') }
catch [System.IO.FileNotFoundException] { "file: $($_.Exception.Message)" }
try { throw [System.InvalidOperationException]'bad state' } catch { $_.Exception.GetType().FullName }
