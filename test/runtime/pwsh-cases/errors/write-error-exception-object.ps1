# errors: Write-Error -Exception keeps the exception type (Write-Error)
try {
    Write-Error -Exception ([System.IO.FileNotFoundException]::new('nofile')) -ErrorAction Stop
} catch {
    $_.Exception.GetType().Name
    $_.Exception.Message
}
