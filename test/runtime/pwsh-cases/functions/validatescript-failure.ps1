# functions: ValidateScript runs a script block against the value (about_Functions_Advanced_Parameters)
function Set-Port {
    param([ValidateScript({ $_ -gt 1024 })][int]$Port)
    "port=$Port"
}
Set-Port 8080
try { Set-Port 80 } catch { 'rejected' }
