# variables: New-Variable with -Option ReadOnly refuses later assignment (New-Variable)
New-Variable -Name limit -Value 10 -Option ReadOnly
try { $limit = 11 } catch { 'read-only' }
$limit
