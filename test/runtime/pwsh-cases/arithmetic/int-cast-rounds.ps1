# arithmetic: casting a double to [int] rounds to the nearest even integer (about_Type_Conversion)
[int]2.5
[int]3.5
[int]-2.5
[int]2.51
[long]'123456789012'
