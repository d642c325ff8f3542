# control-flow: trap with break stops the script block and passes the error on (about_Trap)
function Test-Break {
    trap { 'trapped'; break }
    'start'
    throw 'fatal'
    'never'
}
try { Test-Break } catch { "outer: $_" }
