# pipelines: ForEach-Object with a member name and -ArgumentList calls a method (ForEach-Object)
'a-b', 'c-d' | ForEach-Object -MemberName Replace -ArgumentList '-', '+'
'x', 'y' | ForEach-Object ToUpper
