# functions: ValidatePattern rejects values that do not match the regex (about_Functions_Advanced_Parameters)
function Set-Code {
    param([ValidatePattern('^[A-Z]{3}$')][string]$Code)
    "code=$Code"
}
Set-Code ABC
try { Set-Code abcd } catch { $_.Exception.Message }
