# objects: Select-Object with a calculated property (name/expression hashtable) (Select-Object)
$files = @(
    [pscustomobject]@{ Name = 'a.log'; Length = 2048 }
    [pscustomobject]@{ Name = 'b.log'; Length = 5120 }
)
$files | Select-Object Name, @{ Name = 'KB'; Expression = { $_.Length / 1KB } } | ForEach-Object { "$($_.Name) $($_.KB)" }
$files | Select-Object @{ n = 'File'; e = { $_.Name.ToUpper() } } | ForEach-Object File
