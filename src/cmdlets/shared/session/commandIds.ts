/** pwsh's FullyQualifiedErrorId for a cmdlet's own errors: `Id,Microsoft.PowerShell.Commands.VerbNounCommand`. */
export function qualifiedErrorId(id: string, cmdletName: string): string {
  return `${id},Microsoft.PowerShell.Commands.${cmdletName.replace('-', '')}Command`;
}
