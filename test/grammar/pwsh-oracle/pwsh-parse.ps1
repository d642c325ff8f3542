# pwsh-parse.ps1 FILE... : parse each file with [System.Management.Automation.Language.Parser]::ParseFile
# and print one compressed JSON object per line (JSON Lines):
#   {"file":...,"errors":[{"id","message","line","column","offset","endOffset","text","incompleteInput"}]}
# Offsets are character offsets into the text as pwsh decoded it (a UTF-8 BOM is stripped, so it is not counted).
# Usage: pwsh -NoProfile -NonInteractive -File pwsh-parse.ps1 a.ps1 b.ps1 ...
$ErrorActionPreference = 'Stop'
foreach ($arg in $args) {
    $path = $ExecutionContext.SessionState.Path.GetUnresolvedProviderPathFromPSPath([string]$arg)
    $tokens = $null
    $errors = $null
    [void][System.Management.Automation.Language.Parser]::ParseFile($path, [ref]$tokens, [ref]$errors)
    $list = [System.Collections.Generic.List[object]]::new()
    foreach ($e in $errors) {
        $list.Add([ordered]@{
            id              = $e.ErrorId
            message         = $e.Message
            line            = $e.Extent.StartLineNumber
            column          = $e.Extent.StartColumnNumber
            offset          = $e.Extent.StartOffset
            endOffset       = $e.Extent.EndOffset
            text            = $e.Extent.Text
            incompleteInput = $e.IncompleteInput
        })
    }
    [ordered]@{ file = [string]$arg; errors = $list.ToArray() } | ConvertTo-Json -Compress -Depth 5
}
