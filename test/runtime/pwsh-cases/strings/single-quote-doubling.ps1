# strings: two single quotes inside a single-quoted string make one (about_Quoting_Rules)
'it''s here'
"say ""hi"""
