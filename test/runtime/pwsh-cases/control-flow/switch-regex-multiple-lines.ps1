# control-flow: switch -Regex over many lines extracts key/value pairs (about_Switch)
$cfg = @{}
switch -Regex ('host = web1', '# comment', 'port = 8080') {
    '^#' { continue }
    '^(\w+)\s*=\s*(.+)$' { $cfg[$Matches[1]] = $Matches[2] }
}
$cfg.host
$cfg.port
