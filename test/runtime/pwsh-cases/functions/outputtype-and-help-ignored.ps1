# functions: comment-based help and [OutputType()] do not change the output (about_Comment_Based_Help)
function Get-Answer {
    <#
    .SYNOPSIS
    Returns the answer.
    #>
    [OutputType([int])]
    param()
    42
}
Get-Answer
