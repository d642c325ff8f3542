# functions: ValidateNotNullOrEmpty rejects an empty string (about_Functions_Advanced_Parameters)
function Test-Name {
    param([ValidateNotNullOrEmpty()][string]$Name)
    "name=$Name"
}
try { Test-Name -Name '' } catch { $_.FullyQualifiedErrorId }
Test-Name -Name x
