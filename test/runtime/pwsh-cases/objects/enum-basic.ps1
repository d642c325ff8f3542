# objects: an enum defines named constants that convert from strings (about_Enum)
enum Tier { Free; Standard = 5; Premium }
[Tier]::Premium
[int][Tier]::Premium
[Tier]'standard'
[Tier]::Free -eq 'Free'
