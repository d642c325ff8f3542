# strings: $ExecutionContext.InvokeCommand.ExpandString expands a template (about_Quoting_Rules)
$name = 'ann'
$template = 'Hello $name'
$ExecutionContext.InvokeCommand.ExpandString($template)
