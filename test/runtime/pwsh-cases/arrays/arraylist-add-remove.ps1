# arrays: System.Collections.ArrayList grows with Add, which returns the new index (ArrayList)
$list = [System.Collections.ArrayList]::new()
$list.Add('a')
[void]$list.Add('b')
$null = $list.Add('c')
$list.Remove('a')
$list.Count
$list -join ','
