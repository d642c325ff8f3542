# control-flow: switch output can be assigned (about_Switch)
$env_ = 'prod'
$size = switch ($env_) { 'dev' { 'small' } 'prod' { 'large' } default { 'medium' } }
$size
