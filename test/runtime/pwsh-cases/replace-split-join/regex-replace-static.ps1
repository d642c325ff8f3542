# replace-split-join: [regex]::Replace and [regex]::IsMatch (Regex class)
[regex]::Replace('a-b-c', '-', '+')
[regex]::IsMatch('abc123', '^\w+\d{3}$')
[regex]::Split('a1b2c', '\d') -join ','
