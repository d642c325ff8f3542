# string-methods: StartsWith and EndsWith are case-sensitive by default (String.StartsWith)
'Report.CSV'.EndsWith('.csv')
'Report.CSV'.EndsWith('.csv', [System.StringComparison]::OrdinalIgnoreCase)
'Report.CSV'.StartsWith('Rep')
