# string-methods: Remove and Insert by position (String.Remove)
'abcdef'.Remove(2)
'abcdef'.Remove(1, 2)
'abc'.Insert(1, '-')
