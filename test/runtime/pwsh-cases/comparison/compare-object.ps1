# comparison: Compare-Object reports differences with side indicators (Compare-Object)
$old = 'a', 'b', 'c'
$new = 'b', 'c', 'd'
Compare-Object $old $new | ForEach-Object { "$($_.InputObject) $($_.SideIndicator)" }
(Compare-Object $old $new -IncludeEqual | Where-Object SideIndicator -eq '==').InputObject -join ','
