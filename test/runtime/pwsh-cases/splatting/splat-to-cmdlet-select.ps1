# splatting: splatting works with cmdlets like Select-Object and Sort-Object (about_Splatting)
$sel = @{ Property = 'Name'; First = 1 }
$sortArgs = @{ Property = 'Name'; Descending = $true }
@([pscustomobject]@{ Name = 'a' }, [pscustomobject]@{ Name = 'b' }) | Sort-Object @sortArgs | Select-Object @sel | ForEach-Object Name
