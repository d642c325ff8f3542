# functions: ValidateRange rejects values outside the range (about_Functions_Advanced_Parameters)
function Set-Count {
    param([ValidateRange(1, 10)][int]$Count)
    "count=$Count"
}
Set-Count 5
try { Set-Count 11 } catch { $_.Exception.Message }
