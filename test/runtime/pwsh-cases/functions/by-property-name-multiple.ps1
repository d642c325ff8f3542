# functions: several parameters bind from properties of piped objects (about_Functions_Advanced_Parameters)
function New-Account {
    param(
        [Parameter(ValueFromPipelineByPropertyName)][string]$Name,
        [Parameter(ValueFromPipelineByPropertyName)][string]$Department,
        [Parameter(ValueFromPipelineByPropertyName)][int]$Age
    )
    process { "$Name ($Department) $($Age + 1)" }
}
'Name,Department,Age', 'Ann,IT,34', 'Bob,HR,41' | ConvertFrom-Csv | New-Account
