# pipelines: Sort-Object on a datetime property and formatting the results (Sort-Object)
$events = @(
    [pscustomobject]@{ Id = 1; When = [datetime]'2024-03-02 10:00' }
    [pscustomobject]@{ Id = 2; When = [datetime]'2024-03-01 09:00' }
)
$events | Sort-Object When | ForEach-Object { '{0} {1:yyyy-MM-dd HH:mm}' -f $_.Id, $_.When }
