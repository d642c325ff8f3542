# splatting: common parameters like ErrorAction can be splatted (about_Splatting)
$opts = @{ ErrorAction = 'SilentlyContinue' }
Write-Error 'hidden' @opts
'after'
