# hashtables: [pscustomobject] of an ordered hashtable keeps the key order as properties (about_PSCustomObject)
$o = [pscustomobject][ordered]@{ Name = 'srv'; Cpu = 2; Ram = 8 }
$o.psobject.Properties.Name -join ','
$o.Cpu + $o.Ram
