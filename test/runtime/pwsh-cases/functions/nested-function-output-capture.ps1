# functions: output of called functions flows into the caller's output (about_Functions)
function Get-A { 'a1'; 'a2' }
function Get-B { Get-A; 'b1' }
$all = Get-B
$all.Count
$all -join ','
