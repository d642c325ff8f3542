# literals: [guid] parses a GUID string and prints it in lowercase D form (about_Type_Conversion)
$g = [guid]'6F9619FF-8B86-D011-B42D-00C04FC964FF'
"$g"
$g.ToString('N')
[guid]::Empty
