/**
 * A `-Name` that a simple function received without a matching parameter. It sits in $args as the
 * text it was written as, and splatting @args passes it on as a parameter name again, so a wrapper
 * function can forward its arguments unchanged (about_Splatting).
 */
export class ParameterToken {
  constructor(
    readonly name: string,
    readonly text: string,
  ) {}
  psToString(): string {
    return this.text;
  }
}
