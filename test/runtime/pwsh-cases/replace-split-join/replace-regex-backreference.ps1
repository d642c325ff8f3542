# replace-split-join: -replace uses $1 and ${name} for captured groups (about_Comparison_Operators)
'Lee, Ann' -replace '(\w+), (\w+)', '$2 $1'
'2024-03-15' -replace '(?<y>\d{4})-(?<m>\d\d)-(?<d>\d\d)', '${d}.${m}.${y}'
'a1b22c333' -replace '\d+', '#'
