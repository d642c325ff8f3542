# parsing: line comments, inline comments and block comments (about_Comments)
'a' # trailing comment
<# block
   comment #> 'b'
'c' <# inline #> + 'd'
