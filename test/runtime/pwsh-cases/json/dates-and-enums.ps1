# json: enums serialize as numbers unless -EnumsAsStrings (ConvertTo-Json)
[ordered]@{ day = [System.DayOfWeek]::Monday } | ConvertTo-Json -Compress
[ordered]@{ day = [System.DayOfWeek]::Monday } | ConvertTo-Json -Compress -EnumsAsStrings
