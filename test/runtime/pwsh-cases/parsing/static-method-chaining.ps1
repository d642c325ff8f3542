# parsing: static method calls and member chains on the result (about_Methods)
[System.IO.Path]::GetExtension('C:\a\b.txt')
[System.IO.Path]::GetFileNameWithoutExtension('report.final.csv')
[System.IO.Path]::Combine('a', 'b').Length
