# formatting: a string after a table prints on its own after the table (about_Format.ps1xml)
[pscustomobject]@{ Name = 'a'; N = 1 }
'plain text'
