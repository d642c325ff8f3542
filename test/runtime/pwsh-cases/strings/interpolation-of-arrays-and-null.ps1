# strings: arrays in strings join with spaces; $null expands to nothing (about_Quoting_Rules)
$list = 1, 2, 3
"list: $list"
"null: [$null]"
"nested: $(@('a', @('b', 'c')))"
