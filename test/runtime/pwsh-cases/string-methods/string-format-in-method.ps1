# string-methods: ToString on integers with a thousands separator (Int32.ToString)
(1234567).ToString('N0')
(1234567).ToString('#,0')
(-42).ToString('000')
