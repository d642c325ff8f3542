# csv: objects from ConvertFrom-Csv print as a table (ConvertFrom-Csv)
'Name,Dept', 'ann,IT', 'bob,HR' | ConvertFrom-Csv
