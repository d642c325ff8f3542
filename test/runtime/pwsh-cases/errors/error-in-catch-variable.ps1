# errors: $_ in catch can be saved; $Error[0] is the most recent error (about_Automatic_Variables)
try { throw 'one' } catch { }
try { throw 'two' } catch { }
$Error[0].Exception.Message
$Error[1].Exception.Message
$Error.Count
