# pipelines: ForEach-Object with -Begin/-Process/-End positional script blocks (ForEach-Object)
1..3 | ForEach-Object { 'begin' } { $_ * 2 } { 'end' }
