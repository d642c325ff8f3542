# objects: class instances print as a table of their properties (about_Classes)
class Item { [string]$Name; [int]$Qty }
$i = [Item]::new()
$i.Name = 'pen'
$i.Qty = 3
$i
