# pipelines: Where-Object simplified syntax with -eq, -gt, -match, -ne and -not (Where-Object)
$svc = @(
    [pscustomobject]@{ Name = 'spooler'; Status = 'Running'; Pid = 100 }
    [pscustomobject]@{ Name = 'bits'; Status = 'Stopped'; Pid = 0 }
    [pscustomobject]@{ Name = 'wuauserv'; Status = 'Running'; Pid = 300 }
)
($svc | Where-Object Status -eq 'Running').Name -join ','
($svc | Where-Object Pid -gt 150).Name
($svc | Where-Object Name -match '^w').Name
($svc | Where-Object -Not Pid).Name
($svc | Where-Object Status -ne 'running').Count
