/**
 * Conformance cases that do not pass, each with the reason. The suite fails when a listed case
 * passes (take it off the list) and when an unlisted case fails, so this list only shrinks.
 * "pwsh prints: ..." marks a case whose .out disagrees with real pwsh 7.6.9; those are not
 * tenantsh's failures and do not count against the target.
 */
export const expectedFailures: Record<string, string> = {
  'variables/compound-assignment-copies':
    'pwsh prints: 5 then 10 — in a function, `$total += 5` does not read the parent scope (PowerShell/PowerShell#11297, closed as by design); tenantsh follows pwsh',
  'whatif/whatif-reason':
    "pwsh prints: only `reason:` twice — ShouldProcess with a [ref] to '' fails converting '' to ShouldProcessReason; tenantsh follows pwsh",
};
