# errors: a non-terminating error in a pipeline does not stop later objects (about_Error_Handling)
1..3 | ForEach-Object {
    if ($_ -eq 2) { Write-Error "bad $_" -ErrorAction SilentlyContinue } else { "ok $_" }
}
