# formatting: Write-Host -NoNewline and -Separator control how values are written (Write-Host)
Write-Host 'a' -NoNewline
Write-Host 'b'
Write-Host 1 2 3 -Separator ', '
Write-Host @('x', 'y')
