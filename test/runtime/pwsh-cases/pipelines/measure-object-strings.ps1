# pipelines: Measure-Object -Maximum works on strings too (Measure-Object)
('pear', 'apple', 'fig' | Measure-Object -Maximum -Minimum) | ForEach-Object { "$($_.Minimum) $($_.Maximum)" }
('a', 'bb' | Measure-Object).Count
