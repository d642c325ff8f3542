# formatting: ToString with an explicit invariant culture (Double.ToString)
(1234.5).ToString('N2', [cultureinfo]::InvariantCulture)
(0.125).ToString([cultureinfo]::InvariantCulture)
