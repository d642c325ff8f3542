# hashtables: foreach over Keys reads values by key (about_Hash_Tables)
$limits = [ordered]@{ cpu = 4; ram = 16; disk = 100 }
foreach ($k in $limits.Keys) { "$k -> $($limits[$k])" }
($limits.Values | Measure-Object -Sum).Sum
