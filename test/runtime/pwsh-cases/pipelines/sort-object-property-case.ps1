# pipelines: Sort-Object is case-insensitive unless -CaseSensitive (Sort-Object)
('b', 'A', 'a', 'B' | Sort-Object) -join ','
('b', 'A', 'a', 'B' | Sort-Object -CaseSensitive) -join ','
