# objects: Add-Member ScriptMethod uses $this (Add-Member)
$acct = [pscustomobject]@{ Balance = 100 }
$acct | Add-Member -MemberType ScriptMethod -Name Deposit -Value { param($n) $this.Balance += $n }
$acct.Deposit(50)
$acct.Balance
