# functions: a value outside ValidateSet fails parameter binding with a documented message (about_Functions_Advanced_Parameters)
function Set-Env {
    param([ValidateSet('dev', 'prod')][string]$Name)
    "env=$Name"
}
Set-Env -Name prod
try { Set-Env -Name test } catch { $_.Exception.Message }
