# functions: ValueFromPipeline and ByPropertyName on the same parameter (about_Functions_Advanced_Parameters)
function Get-Name {
    param([Parameter(ValueFromPipeline, ValueFromPipelineByPropertyName)][string]$Name)
    process { "name=$Name" }
}
'plain' | Get-Name
[pscustomobject]@{ Name = 'fromprop' } | Get-Name
