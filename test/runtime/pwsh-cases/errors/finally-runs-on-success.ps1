# errors: finally runs whether or not an error happened (about_Try_Catch_Finally)
function Test-It($fail) {
    try { if ($fail) { throw 'x' }; 'body' } catch { 'catch' } finally { 'finally' }
}
Test-It $false
Test-It $true
