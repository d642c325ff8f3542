# objects: Get-Member -MemberType NoteProperty lists added properties (Get-Member)
$o = [pscustomobject]@{ b = 1; a = 2 }
($o | Get-Member -MemberType NoteProperty).Name -join ','
($o | Get-Member -MemberType NoteProperty).Count
