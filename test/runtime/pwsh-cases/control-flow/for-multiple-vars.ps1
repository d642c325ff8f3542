# control-flow: for with a compound condition and step (about_For)
for ($i = 0; $i -lt 10; $i += 3) { "i=$i" }
