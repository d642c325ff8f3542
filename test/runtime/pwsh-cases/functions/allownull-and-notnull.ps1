# functions: ValidateNotNull rejects $null (about_Functions_Advanced_Parameters)
function Use-It { param([ValidateNotNull()]$Thing) 'used' }
Use-It 1
try { Use-It $null } catch { $_.Exception.Message }
