# formatting: integers and doubles in the same output print one per line (about_Format.ps1xml)
1, 2.5, 3.0, -4
