# splatting: a splat hashtable can be built with conditional entries (about_Splatting)
function Send-Report { param($To, $Cc, $Subject) "to=$To cc=$Cc subject=$Subject" }
$mail = @{ To = 'ann'; Subject = 'weekly' }
$addCc = $true
if ($addCc) { $mail['Cc'] = 'bob' }
Send-Report @mail
