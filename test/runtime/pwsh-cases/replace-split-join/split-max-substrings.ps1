# replace-split-join: -split with a limit stops after that many parts (about_Split)
'a=b=c' -split '=', 2
('k1=v1;k2=v2' -split ';' | ForEach-Object { ($_ -split '=')[1] }) -join ','
