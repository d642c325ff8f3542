# errors: an ErrorRecord exposes CategoryInfo.Reason and Exception.GetType (about_Error_Handling)
try { $null = [datetime]::ParseExact('x', 'yyyy', $null) } catch {
    $_.CategoryInfo.Category
    $_.CategoryInfo.Reason
    $_.Exception.InnerException.GetType().Name
}
