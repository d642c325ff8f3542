# arrays: System.Text.StringBuilder appends text efficiently (StringBuilder)
$sb = [System.Text.StringBuilder]::new()
[void]$sb.Append('a')
[void]$sb.AppendLine('b')
[void]$sb.Append('c')
$sb.ToString()
$sb.Length
