# arrays: sorting objects by a property and taking the index of the max (Sort-Object)
$scores = @{ ann = 7; bob = 9; cy = 8 }
$winner = $scores.GetEnumerator() | Sort-Object -Property Value -Descending | Select-Object -First 1
$winner.Key
$winner.Value
