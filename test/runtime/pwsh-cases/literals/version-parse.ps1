# literals: [version] parses dotted versions and compares them numerically (about_Type_Conversion)
$v = [version]'10.0.19045'
$v.Major
$v.Build
[version]'1.10' -gt [version]'1.9'
'1.10' -gt '1.9'
