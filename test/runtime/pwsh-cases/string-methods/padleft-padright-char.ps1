# string-methods: PadLeft and PadRight with a padding character (String.PadLeft)
'7'.PadLeft(3, '0')
'ab'.PadRight(5, '.') + '|'
'long text'.PadLeft(3)
