# comparison: -match fills $Matches with named groups (about_Regular_Expressions)
if ('user=ann;dept=IT' -match 'user=(?<user>\w+);dept=(?<dept>\w+)') {
    $Matches.user
    $Matches['dept']
    $Matches[0]
}
