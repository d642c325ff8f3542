# json: JSON values convert to Int64, Double, String, Boolean and $null (ConvertFrom-Json)
$o = '{"i":5,"d":2.5,"s":"t","b":true,"n":null,"big":12345678901}' | ConvertFrom-Json
$o.i.GetType().Name
$o.d.GetType().Name
$o.b.GetType().Name
$null -eq $o.n
$o.big.GetType().Name
