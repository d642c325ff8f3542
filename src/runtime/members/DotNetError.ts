/**
 * A .NET exception thrown by a method implementation. The dispatcher wraps it in pwsh's
 * MethodInvocationException ("Exception calling ...").
 */
export class DotNetError extends Error {
  constructor(
    /** Full .NET type name, e.g. 'System.ArgumentOutOfRangeException'. */
    readonly dotnetType: string,
    message: string,
  ) {
    super(message);
  }
}

export const argumentOutOfRange = (message: string, param: string): DotNetError =>
  new DotNetError('System.ArgumentOutOfRangeException', `${message} (Parameter '${param}')`);

export const argumentNull = (param: string): DotNetError =>
  new DotNetError('System.ArgumentNullException', `Value cannot be null. (Parameter '${param}')`);

export const argumentError = (message: string, param?: string): DotNetError =>
  new DotNetError('System.ArgumentException', param ? `${message} (Parameter '${param}')` : message);

export const formatError = (message: string): DotNetError =>
  new DotNetError('System.FormatException', message);

export const invalidOperation = (message: string): DotNetError =>
  new DotNetError('System.InvalidOperationException', message);

/** ArgumentOutOfRangeException.ThrowIfNegative's text. */
export const mustBeNonNegative = (param: string, value: number): DotNetError =>
  new DotNetError(
    'System.ArgumentOutOfRangeException',
    `${param} ('${value}') must be a non-negative value. (Parameter '${param}')\nActual value was ${value}.`,
  );

/** ArgumentOutOfRangeException.ThrowIfGreaterThan's text. */
export const mustBeAtMost = (param: string, value: number, limit: number): DotNetError =>
  new DotNetError(
    'System.ArgumentOutOfRangeException',
    `${param} ('${value}') must be less than or equal to '${limit}'. (Parameter '${param}')\nActual value was ${value}.`,
  );
