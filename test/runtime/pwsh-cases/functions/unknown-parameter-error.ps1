# functions: an advanced function rejects an unknown parameter name with NamedParameterNotFound; a simple one puts it in $args (about_Functions_Advanced_Parameters)
function Strict-Fn { [CmdletBinding()] param($A) $A }
try { Strict-Fn -B 1 } catch { $_.FullyQualifiedErrorId; $_.Exception.Message }
function Loose-Fn { param($A) "args: $args" }
Loose-Fn -B 1
