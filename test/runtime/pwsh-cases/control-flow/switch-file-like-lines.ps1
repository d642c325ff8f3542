# control-flow: switch -Wildcard over several strings with default (about_Switch)
switch -Wildcard ('app.log', 'data.csv', 'readme') {
    '*.log' { "log: $_" }
    '*.csv' { "csv: $_" }
    default { "other: $_" }
}
