# pipelines: Sort-Object -Top and -Bottom pick the first or last n sorted items (Sort-Object)
(5, 1, 4, 2, 3 | Sort-Object -Top 2) -join ','
(5, 1, 4, 2, 3 | Sort-Object -Bottom 2) -join ','
