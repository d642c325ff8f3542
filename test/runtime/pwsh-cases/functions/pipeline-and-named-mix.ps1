# functions: pipeline input combined with a named parameter (about_Functions_Advanced_Parameters)
function Add-Prefix {
    param([Parameter(ValueFromPipeline)][string]$Text, [string]$Prefix = '>')
    process { "$Prefix$Text" }
}
'a', 'b' | Add-Prefix -Prefix '# '
