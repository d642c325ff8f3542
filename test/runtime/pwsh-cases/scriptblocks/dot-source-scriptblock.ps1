# scriptblocks: dot-sourcing a script block runs it in the current scope (about_Scopes)
$v = 'outer'
& { $v = 'changed by call' }
$v
. { $v = 'changed by dot' }
$v
