# literals: @() and @{} create empty collections (about_Arrays)
@().Count
@{}.Count
@(1).GetType().Name
@{}.GetType().Name
