# string-methods: Trim, TrimStart and TrimEnd remove whitespace or the given characters (String.Trim)
"[$('  pad  '.Trim())]"
"[$('xxhixx'.Trim('x'))]"
"[$('  left'.TrimStart())]"
"[$('path\\'.TrimEnd('\'))]"
