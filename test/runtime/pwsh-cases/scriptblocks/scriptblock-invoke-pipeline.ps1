# scriptblocks: a script block with process {} used in a pipeline with & (about_Script_Blocks)
$double = { process { $_ * 2 } }
(1..3 | & $double) -join ','
