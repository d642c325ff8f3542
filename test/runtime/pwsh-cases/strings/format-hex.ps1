# strings: X and x format integers as hexadecimal, with optional width (about_Operators)
'{0:X}' -f 255
'{0:x4}' -f 255
'0x{0:X8}' -f 48879
