# strings: Trim with several characters removes quotes and brackets (String.Trim)
'"quoted"'.Trim('"')
'[x]'.Trim('[', ']')
'--a--'.TrimStart('-')
