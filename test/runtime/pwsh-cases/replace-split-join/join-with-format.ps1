# replace-split-join: -join converts numbers and objects to strings (about_Join)
(1..5) -join ''
@(1.5, 2, $true) -join ';'
-join ('a', 'b')
