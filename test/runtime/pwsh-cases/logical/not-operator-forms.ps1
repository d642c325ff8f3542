# logical: ! and -not negate, and both convert to boolean (about_Logical_Operators)
!$true
-not 0
!''
!'0'
-not @()
