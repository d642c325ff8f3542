# parsing: 3>&1 merges warnings into output (about_Redirection)
function Warn-Me { Write-Warning 'careful'; 'value' }
$r = Warn-Me 3>&1
$r.Count
"$($r[0])"
