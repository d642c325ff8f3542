# variables: $env: reads and writes environment variables for the process (about_Environment_Variables)
$env:TENANTSH_TEST_VALUE = 'abc'
$env:TENANTSH_TEST_VALUE
Test-Path env:TENANTSH_TEST_VALUE
Remove-Item env:TENANTSH_TEST_VALUE
$null -eq $env:TENANTSH_TEST_VALUE
