# errors: -ErrorAction Stop on a cmdlet inside a function is caught by the caller (about_Try_Catch_Finally)
function Get-Config {
    Write-Error 'config missing' -ErrorAction Stop
    'not reached'
}
try { Get-Config } catch { "caller caught: $($_.Exception.Message)" }
