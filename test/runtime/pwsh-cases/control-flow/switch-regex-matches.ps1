# control-flow: switch -Regex sets $Matches for the matching clause (about_Switch)
foreach ($line in 'ERROR 42: disk', 'WARN 7: cpu', 'INFO ok') {
    switch -Regex ($line) {
        '^ERROR (\d+)' { "error code $($Matches[1])" }
        '^WARN (?<code>\d+)' { "warning code $($Matches.code)" }
        default { "other: $_" }
    }
}
