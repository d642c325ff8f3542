# control-flow: switch is case-insensitive unless -CaseSensitive (about_Switch)
switch ('Yes') { 'yes' { 'matched lower' } }
switch -CaseSensitive ('Yes') { 'yes' { 'matched lower' } default { 'no match' } }
