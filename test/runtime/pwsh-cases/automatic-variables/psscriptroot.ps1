# automatic-variables: $PSScriptRoot and $PSCommandPath name the running script (about_Automatic_Variables)
Split-Path -Leaf $PSCommandPath
$PSScriptRoot -eq (Split-Path -Parent $PSCommandPath)
