# hashtables: nested hashtables are read with a chain of dots or indexes (about_Hash_Tables)
$config = @{ db = @{ host = 'sql01'; port = 1433 }; tags = @('a', 'b') }
$config.db.host
$config['db']['port']
$config.tags[1]
$config.db.missing -eq $null
