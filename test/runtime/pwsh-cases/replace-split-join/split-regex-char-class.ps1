# replace-split-join: -split takes a regex, so dots must be escaped (about_Split)
('10.0.0.1' -split '\.').Count
('a1b2c3' -split '\d' | Where-Object { $_ }) -join ','
('one, two,three' -split ',\s*') -join '|'
