# arrays: List[string] Add, Remove, Contains, Insert and Count (List<T>)
$names = [System.Collections.Generic.List[string]]::new()
$names.Add('ann')
$names.Add('bob')
$names.Insert(0, 'zed')
$names.Remove('bob')
$names.Contains('ann')
$names.Count
$names -join ','
