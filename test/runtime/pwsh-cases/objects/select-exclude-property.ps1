# objects: Select-Object -ExcludeProperty with * drops properties (Select-Object)
$o = [pscustomobject]@{ Id = 1; Secret = 'x'; Name = 'a' }
($o | Select-Object -Property * -ExcludeProperty Secret).psobject.Properties.Name -join ','
