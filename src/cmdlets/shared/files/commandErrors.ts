/**
 * The ErrorRecords the file and data cmdlets write, with pwsh's messages, ids, categories and
 * target objects. pwsh's ids end with the command's class name
 * (`PathNotFound,Microsoft.PowerShell.Commands.GetContentCommand`), so the ids are built here in
 * full rather than left to the streams' `,Get-Content` suffix.
 */
import type { ErrorSpec } from '../../../runtime/errors.js';
import type { ErrorCategory } from '../../../runtime/values/exceptions.js';

/** `PathNotFound` + `Get-Content` -> `PathNotFound,Microsoft.PowerShell.Commands.GetContentCommand`. */
export function qualifiedErrorId(id: string, commandName: string): string {
  return `${id},Microsoft.PowerShell.Commands.${commandName.replace('-', '')}Command`;
}

function spec(
  commandName: string,
  message: string,
  id: string,
  category: ErrorCategory,
  exceptionType: string,
  target: unknown = null,
): ErrorSpec {
  return { message, id: qualifiedErrorId(id, commandName), category, exceptionType, target };
}

/** ItemNotFoundException: the path (after resolution) does not exist. */
export function pathNotFound(commandName: string, path: string): ErrorSpec {
  return spec(
    commandName,
    `Cannot find path '${path}' because it does not exist.`,
    'PathNotFound',
    'ObjectNotFound',
    'System.Management.Automation.ItemNotFoundException',
    path,
  );
}

/** A drive name the session does not have (`C:` on Linux, `HKLM:`). */
export function driveNotFound(commandName: string, drive: string): ErrorSpec {
  return spec(
    commandName,
    `Cannot find drive. A drive with the name '${drive}' does not exist.`,
    'DriveNotFound',
    'ObjectNotFound',
    'System.Management.Automation.DriveNotFoundException',
    drive,
  );
}

/** What a cmdlet does not support on a drive (Get-Content variable:x, New-Item env:...). */
export function notSupportedOnDrive(commandName: string, what: string): ErrorSpec {
  return spec(
    commandName,
    `${what} is not supported in tenantsh.`,
    'NotSupported',
    'NotImplemented',
    'System.Management.Automation.PSNotSupportedException',
  );
}

/** Import-Csv / Export-Csv / Out-File: the file could not be opened (FileOpenFailure, no target). */
export function fileOpenFailure(commandName: string, failure: IoFailure): ErrorSpec {
  return spec(commandName, failure.message, 'FileOpenFailure', 'OpenError', failure.exceptionType);
}

/** -NoClobber on an existing file. */
export function noClobber(commandName: string, path: string): ErrorSpec {
  return spec(
    commandName,
    `The file '${path}' already exists.`,
    'NoClobber',
    'ResourceExists',
    'System.IO.IOException',
    path,
  );
}

/** A -Encoding argument that names no encoding (pwsh's argument transformation error). */
export function badEncoding(commandName: string, name: string): ErrorSpec {
  return spec(
    commandName,
    `Cannot process argument transformation on parameter 'Encoding'. '${name}' is not a supported encoding name. ` +
      'For information on defining a custom encoding, see the documentation for the Encoding.RegisterProvider ' +
      "method. (Parameter 'name')",
    'ParameterArgumentTransformationError',
    'InvalidData',
    'System.Management.Automation.ParameterBindingArgumentTransformationException',
  );
}

/** Any other error with an explicit id, category and exception type. */
export function commandError(
  commandName: string,
  message: string,
  id: string,
  category: ErrorCategory,
  exceptionType: string,
  target: unknown = null,
): ErrorSpec {
  return spec(commandName, message, id, category, exceptionType, target);
}

/** A Node file-system failure in .NET's words. */
export interface IoFailure {
  readonly message: string;
  readonly exceptionType: string;
}

/** Translates a Node fs error for `path` into the .NET exception pwsh would have seen. */
export function ioFailure(error: unknown, path: string): IoFailure {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  switch (code) {
    case 'ENOENT':
      return { message: `Could not find a part of the path '${path}'.`, exceptionType: 'System.IO.DirectoryNotFoundException' };
    case 'EACCES':
    case 'EPERM':
      return { message: `Access to the path '${path}' is denied.`, exceptionType: 'System.UnauthorizedAccessException' };
    case 'EISDIR':
      return { message: `Access to the path '${path}' is denied.`, exceptionType: 'System.UnauthorizedAccessException' };
    case 'ENOTDIR':
      return { message: `Could not find a part of the path '${path}'.`, exceptionType: 'System.IO.DirectoryNotFoundException' };
    case 'EEXIST':
      return { message: `The file '${path}' already exists.`, exceptionType: 'System.IO.IOException' };
    case 'ENOTEMPTY':
      return { message: `Directory not empty : '${path}'`, exceptionType: 'System.IO.IOException' };
    default:
      return { message: `An I/O error occurred on '${path}'.`, exceptionType: 'System.IO.IOException' };
  }
}
