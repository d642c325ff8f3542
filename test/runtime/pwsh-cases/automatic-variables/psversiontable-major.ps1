# automatic-variables: $PSVersionTable.PSVersion.Major is 7 or more on PowerShell 7 (about_Automatic_Variables)
$PSVersionTable.PSVersion.Major -ge 7
$PSVersionTable.PSEdition
