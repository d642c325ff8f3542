# scriptblocks: a script block can have begin, process and end blocks (about_Script_Blocks)
1..3 | & { begin { 'start' } process { "item $_" } end { 'stop' } }
