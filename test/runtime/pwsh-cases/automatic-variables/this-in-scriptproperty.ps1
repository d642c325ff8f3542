# automatic-variables: $this refers to the object in a ScriptProperty (about_Automatic_Variables)
$o = [pscustomobject]@{ First = 'Ann'; Last = 'Lee' }
$o | Add-Member -MemberType ScriptProperty -Name Full -Value { "$($this.First) $($this.Last)" }
$o.Full
$o.First = 'Bo'
$o.Full
