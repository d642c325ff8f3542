# replace-split-join: [regex]::Matches finds every match with its groups (Regex.Matches)
$text = 'ids: 10, 25, 300'
([regex]::Matches($text, '\d+') | ForEach-Object Value) -join '+'
[regex]::Matches($text, '\d+').Count
[regex]::Match('key=value', '(\w+)=(\w+)').Groups[2].Value
