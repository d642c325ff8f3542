# errors: InvocationInfo reports the script line number of the error (about_Error_Handling)
try {
    throw 'where'
} catch {
    $_.InvocationInfo.ScriptLineNumber
}
