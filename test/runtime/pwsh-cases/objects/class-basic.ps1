# objects: a PowerShell class with properties, a constructor and a method (about_Classes)
class Server {
    [string]$Name
    [int]$Cores
    Server([string]$name, [int]$cores) { $this.Name = $name; $this.Cores = $cores }
    [string] Describe() { return "$($this.Name) has $($this.Cores) cores" }
}
$s = [Server]::new('web1', 4)
$s.Describe()
$s.Cores * 2
