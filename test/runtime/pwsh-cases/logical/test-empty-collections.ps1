# logical: an empty array is false, an array of one element takes that element's truth (about_Booleans)
if (@()) { 'yes' } else { 'empty false' }
if (@($null)) { 'yes' } else { 'null false' }
if (@('')) { 'yes' } else { 'empty string false' }
if (@(1, 2)) { 'two items true' }
