# errors: $ErrorActionPreference set inside a function applies only there (about_Preference_Variables)
function Strict {
    $ErrorActionPreference = 'Stop'
    try { Write-Error 'inner' } catch { 'caught inside' }
}
Strict
Write-Error 'outer' -ErrorAction SilentlyContinue
'still running'
