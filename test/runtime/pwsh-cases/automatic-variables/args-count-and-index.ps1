# automatic-variables: $args in a function without param() (about_Automatic_Variables)
function Show-All { $args.Count; $args[-1]; $args.GetType().Name }
Show-All 1 'two' 3.5
