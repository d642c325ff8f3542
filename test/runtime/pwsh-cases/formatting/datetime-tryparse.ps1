# formatting: [datetime]::TryParseExact reports success through a [ref] variable (DateTime.TryParseExact)
$out = [datetime]::MinValue
[datetime]::TryParseExact('2024-13-01', 'yyyy-MM-dd', [cultureinfo]::InvariantCulture, [System.Globalization.DateTimeStyles]::None, [ref]$out)
[datetime]::TryParseExact('2024-12-01', 'yyyy-MM-dd', [cultureinfo]::InvariantCulture, [System.Globalization.DateTimeStyles]::None, [ref]$out)
$out.ToString('dd MMM yyyy')
