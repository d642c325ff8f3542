# errors: throw with an object keeps it as TargetObject (about_Throw)
try { throw [pscustomobject]@{ Code = 42 } } catch { $_.TargetObject.Code }
