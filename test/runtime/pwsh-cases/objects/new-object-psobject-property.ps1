# objects: New-Object PSObject -Property makes a custom object (New-Object)
$o = New-Object -TypeName PSObject -Property @{ Name = 'x' }
$o.Name
$o.GetType().Name
