# formatting: an array of strings prints one per line (about_Format.ps1xml)
@('alpha', 'beta')
,@('gamma', 'delta')
