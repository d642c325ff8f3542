# functions: Get-Command lists a function's parameters (Get-Command)
function Get-X { param($Alpha, [int]$Beta) }
(Get-Command Get-X).Parameters.Keys -contains 'Beta'
(Get-Command Get-X).CommandType
