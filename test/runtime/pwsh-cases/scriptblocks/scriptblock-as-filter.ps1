# scriptblocks: a script block stored in a variable can be passed to Where-Object (about_Script_Blocks)
$isBig = { $_.Size -gt 100 }
$items = @([pscustomobject]@{ Size = 50 }, [pscustomobject]@{ Size = 500 })
($items | Where-Object $isBig).Size
