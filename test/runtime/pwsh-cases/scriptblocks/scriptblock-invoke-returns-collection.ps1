# scriptblocks: .Invoke() returns a collection, & returns the output directly (about_Script_Blocks)
$sb = { 1; 2 }
(& $sb).GetType().Name
$sb.Invoke().Count
$sb.InvokeReturnAsIs().Count
