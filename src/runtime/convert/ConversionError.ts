/** A failed PowerShell conversion; the runtime raises it as PSInvalidCastException. */
export class ConversionError extends Error {
  constructor(
    message: string,
    readonly exceptionType = 'System.Management.Automation.PSInvalidCastException',
  ) {
    super(message);
  }
}
