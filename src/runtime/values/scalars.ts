/** Small .NET value types that have no JS counterpart. */

/** System.Char: prints as the character, converts to its code. */
export class PSChar {
  constructor(readonly code: number) {}
  toString(): string {
    return String.fromCharCode(this.code);
  }
}

/** System.Guid, kept in its lower-case "D" form. */
export class PSGuid {
  constructor(readonly text: string) {}
  toString(): string {
    return this.text;
  }
}

/** System.Management.Automation.SwitchParameter. */
export class SwitchParameter {
  static readonly Present = new SwitchParameter(true);
  static readonly Absent = new SwitchParameter(false);
  private constructor(readonly isPresent: boolean) {}
  static of(b: boolean): SwitchParameter {
    return b ? SwitchParameter.Present : SwitchParameter.Absent;
  }
}

/** System.Security.SecureString: the text is held, never printed. */
export class SecureString {
  constructor(readonly plain: string) {}
  get length(): number {
    return this.plain.length;
  }
}

/** System.Management.Automation.PSCredential. */
export class PSCredential {
  constructor(
    readonly userName: string,
    readonly password: SecureString,
  ) {}
}

/** A value of an enum type: prints its name, compares and converts by its number. */
export class PSEnumValue {
  constructor(
    readonly typeName: string,
    readonly name: string,
    readonly value: number,
  ) {}
  toString(): string {
    return this.name;
  }
}

/** [ref]: a reference to a variable or a value. */
export class PSReference {
  constructor(
    readonly get: () => unknown,
    readonly set: (v: unknown) => void,
  ) {}
}
