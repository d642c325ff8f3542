# automatic-variables: $MyInvocation.BoundParameters and InvocationName (about_Automatic_Variables)
function Get-Info { param($X) $MyInvocation.BoundParameters.Count; $MyInvocation.InvocationName }
Get-Info -X 1
