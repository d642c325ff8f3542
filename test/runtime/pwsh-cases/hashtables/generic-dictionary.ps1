# hashtables: Dictionary[string,int] TryGetValue through [ref] (Dictionary<TKey,TValue>)
$d = [System.Collections.Generic.Dictionary[string, int]]::new()
$d['a'] = 1
$d.Add('b', 2)
$v = 0
$d.TryGetValue('b', [ref]$v)
$v
$d.ContainsKey('A')
$d.Count
