# string-methods: [string]::new(char, count) repeats a character (String constructor)
[string]::new('=', 5)
[string]::new([char[]]@('a', 'b'))
''.PadLeft(3, '*')
