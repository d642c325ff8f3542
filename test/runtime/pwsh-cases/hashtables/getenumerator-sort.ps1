# hashtables: GetEnumerator lets a hashtable be sorted and piped as Key/Value pairs (about_Hash_Tables)
$h = @{ c = 3; a = 1; b = 2 }
$h.GetEnumerator() | Sort-Object Key | ForEach-Object { "$($_.Key)=$($_.Value)" }
$h.GetEnumerator() | Sort-Object Value -Descending | Select-Object -First 1 -ExpandProperty Key
