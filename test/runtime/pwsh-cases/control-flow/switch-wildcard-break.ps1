# control-flow: switch -Wildcard with break stops at the first match (about_Switch)
switch -Wildcard ('report-2024.csv') {
    '*.txt' { 'text' }
    'report-*' { 'a report'; break }
    '*.csv' { 'csv' }
}
