# formatting: Write-Host and pipeline output both reach the console in order (Write-Host)
'first'
Write-Host 'second'
Write-Output 'third'
