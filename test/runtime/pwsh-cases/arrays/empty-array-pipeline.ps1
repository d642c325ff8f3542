# arrays: an empty array sends nothing down the pipeline; $null sends one $null (about_Arrays)
@() | ForEach-Object { 'never' }
(@() | Measure-Object).Count
$null | ForEach-Object { 'ran once' }
