# formatting: Format-Table shows a long value in full when it fits in the width (Format-Table)
[pscustomobject]@{ Id = 1; Description = 'A fairly long description of the item' }
