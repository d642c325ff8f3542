# arrays: HashSet[string] keeps unique values; Add returns whether it was new (HashSet<T>)
$set = [System.Collections.Generic.HashSet[string]]::new()
$set.Add('a')
$set.Add('a')
$set.Add('b')
$set.Count
$set.Contains('b')
