# functions: counting pipeline input in an advanced function (about_Functions_Advanced_Methods)
function Measure-Names {
    [CmdletBinding()]
    param([Parameter(ValueFromPipeline)][string]$Name)
    begin { $n = 0 }
    process { $n++; $Name.ToUpper() }
    end { "total: $n" }
}
'a', 'b', 'c' | Measure-Names
