# objects: Add-Member -PassThru returns the object for further use (Add-Member)
$o = [pscustomobject]@{ Name = 'srv1' } | Add-Member -NotePropertyName Status -NotePropertyValue 'Up' -PassThru
$o.Status
$o | Add-Member -MemberType NoteProperty -Name Port -Value 443
$o.Port
($o.psobject.Properties | Measure-Object).Count
