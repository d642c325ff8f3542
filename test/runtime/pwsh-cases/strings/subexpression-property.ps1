# strings: $() is needed to expand a property or method call inside a string (about_Quoting_Rules)
$user = [pscustomobject]@{ Name = 'Ann'; Groups = @('a', 'b') }
"name: $($user.Name)"
"raw: $user.Name"
"groups: $($user.Groups.Count)"
