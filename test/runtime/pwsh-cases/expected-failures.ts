/**
 * pwsh-cases that tenantsh does not pass yet, each with the reason (a minimal repro and what
 * differs). The suite fails when a listed case passes (take it off the list) and when an unlisted
 * case fails, so this list only shrinks.
 */
export const expectedFailures: Record<string, string> = {
};
