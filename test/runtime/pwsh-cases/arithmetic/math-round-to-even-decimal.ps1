# arithmetic: [math]::Round on decimals and away-from-zero digits (Math.Round)
[math]::Round([decimal]2.345, 2)
[math]::Round(2.345, 2, [System.MidpointRounding]::AwayFromZero)
[math]::Round(-1.5)
