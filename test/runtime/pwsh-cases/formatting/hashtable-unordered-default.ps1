# formatting: an ordered hashtable with several entries prints as a Name/Value table (about_Hash_Tables)
[ordered]@{ Server = 'web1'; Port = 443; Secure = $true }
