/** An operator's failure, raised by the evaluator as a RuntimeException with pwsh's error id. */
export class OperatorError extends Error {
  constructor(
    message: string,
    readonly errorId: string,
    readonly exceptionType = 'System.Management.Automation.RuntimeException',
  ) {
    super(message);
  }
}
