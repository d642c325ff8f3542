# arrays: an array of arrays is indexed with two indexes (about_Arrays)
$grid = @(@(1, 2, 3), @(4, 5, 6))
$grid[1][2]
$grid[0].Count
$grid.Count
