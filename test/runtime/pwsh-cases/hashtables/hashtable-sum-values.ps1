# hashtables: summing and filtering hashtable entries through GetEnumerator (about_Hash_Tables)
$usage = @{ ann = 50; bob = 120; cy = 80 }
($usage.Values | Measure-Object -Sum).Sum
($usage.GetEnumerator() | Where-Object Value -gt 60 | Sort-Object Name | ForEach-Object Name) -join ','
