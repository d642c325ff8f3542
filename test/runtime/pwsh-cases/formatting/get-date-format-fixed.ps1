# formatting: Get-Date -Date with -Format and -UFormat on a fixed date (Get-Date)
$d = Get-Date -Date '2024-07-04 09:08:07'
Get-Date -Date $d -Format 'yyyyMMdd-HHmmss'
Get-Date -Date $d -UFormat '%Y-%m-%d'
(Get-Date -Date $d).ToString('yyyy-MM-ddTHH:mm:ss')
