# string-methods: Split with RemoveEmptyEntries drops empty parts (String.Split)
'a,,b,'.Split(',', [System.StringSplitOptions]::RemoveEmptyEntries) -join '|'
'a  b c'.Split(' ').Count
