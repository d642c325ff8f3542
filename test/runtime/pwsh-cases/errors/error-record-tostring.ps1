# errors: an ErrorRecord in a string is its message (about_Error_Handling)
try { throw 'disk quota reached' } catch { $err = $_ }
"$err"
$err.ToString()
$err.Exception.Message.Length
