# errors: Write-Error -ErrorId and -Category set the error record fields (Write-Error)
try {
    Write-Error -Message 'no quota' -ErrorId 'QuotaExceeded' -Category LimitsExceeded -ErrorAction Stop
} catch {
    $_.Exception.Message
    $_.FullyQualifiedErrorId
    $_.CategoryInfo.Category
}
