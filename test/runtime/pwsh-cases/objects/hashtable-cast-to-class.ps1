# objects: a hashtable converts to a class with matching properties (about_Classes)
class Point { [int]$X; [int]$Y }
$p = [Point]@{ X = 1; Y = 2 }
$p.X + $p.Y
$p.GetType().Name
