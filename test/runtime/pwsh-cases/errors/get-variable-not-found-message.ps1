# errors: the message of a cmdlet error for a missing variable (Get-Variable)
try { Get-Variable -Name nope -ErrorAction Stop } catch { $_.Exception.Message; $_.FullyQualifiedErrorId }
