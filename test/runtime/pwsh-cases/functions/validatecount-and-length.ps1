# functions: ValidateCount and ValidateLength failures are catchable (about_Functions_Advanced_Parameters)
function Set-Tags { param([ValidateCount(1, 2)][string[]]$Tags) $Tags -join ',' }
Set-Tags a, b
try { Set-Tags a, b, c } catch { $_.FullyQualifiedErrorId }
function Set-Code { param([ValidateLength(2, 3)][string]$Code) $Code }
try { Set-Code abcd } catch { $_.FullyQualifiedErrorId }
