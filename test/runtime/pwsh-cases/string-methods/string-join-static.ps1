# string-methods: [string]::Join joins with a separator (String.Join)
[string]::Join(', ', @('a', 'b', 'c'))
[string]::Join('-', @(1, 2, 3))
[string]::Concat('a', 'b', 'c')
