# csv: Import-Csv rows bind ByPropertyName to function parameters (about_Functions_Advanced_Parameters)
function Set-Quota {
    param(
        [Parameter(ValueFromPipelineByPropertyName)][string]$User,
        [Parameter(ValueFromPipelineByPropertyName)][int]$Quota
    )
    process { "$User -> $($Quota * 2)" }
}
Import-Csv ./import-csv-to-function.csv | Set-Quota
