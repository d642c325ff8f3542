# automatic-variables: $Matches in switch -Regex holds the current clause's match (about_Switch)
switch -Regex ('id-42') { 'id-(\d+)' { $Matches[1] } '(\d)' { $Matches[1] } }
