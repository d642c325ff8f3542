# errors: $_.Exception.Message and the exception type of a .NET method failure (about_Try_Catch_Finally)
try {
    [int]::Parse('abc')
} catch {
    $_.Exception.GetType().Name
    $_.Exception.InnerException.GetType().Name
}
