# json: read, modify and write JSON (ConvertFrom-Json)
$cfg = '{"name":"app","port":80,"debug":false}' | ConvertFrom-Json
$cfg.port = 8080
$cfg | Add-Member -NotePropertyName env -NotePropertyValue 'prod'
$cfg | ConvertTo-Json -Compress
