# parsing: ${env:NAME} and scope-qualified variables in strings (about_Variables)
$global:gv = 'g'
"value=$global:gv"
"braced=${global:gv}"
