# objects: a derived class calls the base constructor and overrides a method (about_Classes)
class Animal {
    [string]$Name
    Animal([string]$n) { $this.Name = $n }
    [string] Speak() { return '...' }
}
class Dog : Animal {
    Dog([string]$n) : base($n) { }
    [string] Speak() { return "$($this.Name) says woof" }
}
[Dog]::new('rex').Speak()
[Dog]::new('rex') -is [Animal]
