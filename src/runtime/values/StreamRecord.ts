/**
 * A record of the warning, verbose, debug or information stream that a redirection (`3>&1`,
 * `*>&1`) merged into the output: prints as its message, as pwsh's WarningRecord does in a string.
 */
export class StreamRecord {
  constructor(
    readonly stream: 'warning' | 'verbose' | 'debug' | 'information',
    readonly message: string,
  ) {}
  get psTypeName(): string {
    switch (this.stream) {
      case 'warning':
        return 'System.Management.Automation.WarningRecord';
      case 'verbose':
        return 'System.Management.Automation.VerboseRecord';
      case 'debug':
        return 'System.Management.Automation.DebugRecord';
      default:
        return 'System.Management.Automation.InformationRecord';
    }
  }
  psToString(): string {
    return this.message;
  }
}
