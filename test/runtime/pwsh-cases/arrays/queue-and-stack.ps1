# arrays: Queue and Stack collections (Queue, Stack)
$q = [System.Collections.Queue]::new()
$q.Enqueue('first'); $q.Enqueue('second')
$q.Dequeue()
$q.Count
$s = [System.Collections.Stack]::new()
$s.Push(1); $s.Push(2)
$s.Pop()
$s.Peek()
