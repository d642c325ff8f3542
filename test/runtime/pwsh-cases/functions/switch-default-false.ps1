# functions: an unused switch is $false and IsPresent tells whether it was given (about_Functions_Advanced_Parameters)
function Test-Sw { param([switch]$Force) $Force.IsPresent; [bool]$Force }
Test-Sw
Test-Sw -Force
