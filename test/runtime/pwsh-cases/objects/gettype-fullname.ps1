# objects: GetType().FullName of common values (about_Objects)
(1).GetType().FullName
'x'.GetType().FullName
@().GetType().FullName
@{}.GetType().FullName
([pscustomobject]@{}).GetType().FullName
(1.5).GetType().FullName
