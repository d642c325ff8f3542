# arrays: List[int] AddRange, Sort, IndexOf, RemoveAt (List<T>)
$nums = [System.Collections.Generic.List[int]]::new()
$nums.AddRange([int[]](5, 3, 9))
$nums.Sort()
$nums -join ','
$nums.IndexOf(9)
$nums.RemoveAt(0)
$nums -join ','
