# pipelines: Sort-Object then Select-Object -First picks the top entries (Sort-Object)
$sizes = @{ a = 10; b = 300; c = 25; d = 99 }
$sizes.GetEnumerator() | Sort-Object Value -Descending | Select-Object -First 2 | ForEach-Object { "$($_.Key) $($_.Value)" }
