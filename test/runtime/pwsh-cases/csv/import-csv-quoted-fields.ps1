# csv: quoted fields may contain the delimiter and doubled quotes (Import-Csv)
$r = Import-Csv ./import-csv-quoted-fields.csv
$r[0].Name
$r[0].Note
$r[1].Note
