# parsing: an @ inside a string is literal; $() forces expansion (about_Quoting_Rules)
$u = 'ann'
"$u@contoso.com"
"mail: $($u)@contoso.com"
'@user'
