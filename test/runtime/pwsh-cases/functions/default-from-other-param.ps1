# functions: a parameter default can use an earlier parameter (about_Functions)
function New-Path {
    param($Root = 'C:', $Leaf = "$Root\data")
    $Leaf
}
New-Path
New-Path -Root D:
