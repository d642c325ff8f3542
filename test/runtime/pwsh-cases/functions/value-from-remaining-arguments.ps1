# functions: ValueFromRemainingArguments collects extra arguments (about_Functions_Advanced_Parameters)
function Join-All {
    param($First, [Parameter(ValueFromRemainingArguments)]$Rest)
    "$First | $($Rest -join ',')"
}
Join-All a b c d
