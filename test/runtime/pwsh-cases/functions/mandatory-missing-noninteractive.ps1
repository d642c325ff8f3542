# functions: a missing Mandatory parameter in a non-interactive session fails with an error you can catch (about_Functions_Advanced_Parameters)
function Need { param([Parameter(Mandatory)][string]$Name) "got $Name" }
try { Need } catch { $_.FullyQualifiedErrorId }
