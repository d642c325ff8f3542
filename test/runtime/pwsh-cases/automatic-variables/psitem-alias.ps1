# automatic-variables: $PSItem is the same as $_ (about_PSItem)
1..3 | ForEach-Object { $PSItem * 2 }
'a' | Where-Object { $PSItem -eq 'a' }
