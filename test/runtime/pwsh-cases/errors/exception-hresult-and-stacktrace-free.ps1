# errors: $_.Exception.Message for a failed conversion (about_Type_Conversion)
try { [int]'abc' } catch { $_.Exception.Message }
try { [datetime]'not a date' } catch { $_.Exception.Message }
