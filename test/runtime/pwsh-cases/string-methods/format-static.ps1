# string-methods: [string]::Format works like -f (String.Format)
[string]::Format('{0} has {1} items', 'cart', 3)
[string]::Format('{0:N1}%', 45.678)
