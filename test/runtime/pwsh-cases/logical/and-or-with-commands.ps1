# logical: && and || run the next pipeline based on the previous one's success (about_Pipeline_Chain_Operators)
Write-Output 'one' && Write-Output 'two'
Write-Error 'bad' -ErrorAction SilentlyContinue || Write-Output 'fallback'
