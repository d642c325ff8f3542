# errors: a throw inside a nested function stops it and is caught by the outer try (about_Throw)
function Inner { throw "inner failed for $args" }
function Outer { Inner 'x'; 'not reached' }
try { Outer } catch { "caught: $_" }
'continues'
