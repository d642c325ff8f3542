# literals: KB, MB and GB multipliers are powers of 1024 (about_Numeric_Literals)
1KB
5MB
1GB / 1MB
1.5KB
