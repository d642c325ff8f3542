# functions: Position in [Parameter()] sets the order of positional arguments (about_Functions_Advanced_Parameters)
function Copy-Thing {
    [CmdletBinding()]
    param(
        [Parameter(Position = 1)]$Destination,
        [Parameter(Position = 0)]$Source
    )
    "$Source -> $Destination"
}
Copy-Thing a b
