# objects: Where-Object filters on a nested property (Where-Object)
$list = @(
    [pscustomobject]@{ Name = 'a'; Office = [pscustomobject]@{ City = 'Oslo' } }
    [pscustomobject]@{ Name = 'b'; Office = [pscustomobject]@{ City = 'Rome' } }
)
($list | Where-Object { $_.Office.City -eq 'Rome' }).Name
$list.Office.City -join ','
