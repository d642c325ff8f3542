# hashtables: ContainsKey, ContainsValue, Remove and Add (Hashtable)
$h = @{ ann = 'IT' }
$h.Add('bob', 'HR')
$h.ContainsKey('ANN')
$h.ContainsValue('HR')
$h.Remove('ann')
$h.Count
$h.Keys -join ','
