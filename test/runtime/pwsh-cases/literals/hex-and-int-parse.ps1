# literals: [int]::Parse, [convert]::ToInt32 with a base and ToString with a base (Convert)
[int]::Parse('123') + 1
[convert]::ToInt32('ff', 16)
[convert]::ToString(10, 2)
[int]::TryParse('12x', [ref]$null)
