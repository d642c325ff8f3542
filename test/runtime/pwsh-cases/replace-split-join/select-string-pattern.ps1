# replace-split-join: Select-String finds matching lines and their matches (Select-String)
$lines = 'error: disk', 'ok', 'error: cpu'
($lines | Select-String -Pattern 'error').Count
($lines | Select-String -Pattern 'error: (\w+)' | ForEach-Object { $_.Matches[0].Groups[1].Value }) -join ','
($lines | Select-String 'ok').Line
