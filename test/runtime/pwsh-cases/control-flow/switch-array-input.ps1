# control-flow: switch over an array runs once per element (about_Switch)
$codes = 200, 404, 500
switch ($codes) {
    200 { 'ok' }
    { $_ -ge 400 -and $_ -lt 500 } { "client error $_" }
    { $_ -ge 500 } { "server error $_" }
}
