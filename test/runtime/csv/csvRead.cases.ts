// Generated from real pwsh 7.6.9 runs: ConvertFrom-Csv with the inputs piped one string at a time, or
// Import-Csv of a file holding `inputs[0]`; rows list [name, value] pairs (null: $null) and type names.
export interface CsvReadCase {
  readonly mode: 'ConvertFrom' | 'Import';
  readonly inputs: readonly string[];
  readonly header: readonly string[] | null;
  readonly delimiter: string | null;
  readonly rows?: ReadonlyArray<{
    readonly properties: ReadonlyArray<readonly [string, string | null]>;
    readonly typeNames: readonly string[];
  }>;
  readonly warnings?: readonly string[];
  readonly error?: string;
  readonly errorId?: string;
}

export const CSV_READ_CASES: readonly CsvReadCase[] = [
  {
    mode: 'ConvertFrom',
    inputs: ['a,b,c', '1,"x,y","q""z"'],
    header: null,
    delimiter: null,
    rows: [
      {
        properties: [
          ['a', '1'],
          ['b', 'x,y'],
          ['c', 'q"z'],
        ],
        typeNames: ['System.Management.Automation.PSCustomObject', 'System.Object'],
      },
    ],
    warnings: [],
  },
  {
    mode: 'ConvertFrom',
    inputs: ['a,b,c', ' 1 , " x " ,z'],
    header: null,
    delimiter: null,
    rows: [
      {
        properties: [
          ['a', '1 '],
          ['b', ' x '],
          ['c', 'z'],
        ],
        typeNames: ['System.Management.Automation.PSCustomObject', 'System.Object'],
      },
    ],
    warnings: [],
  },
  {
    mode: 'ConvertFrom',
    inputs: ['a,b,c', '', '1,2,3', '', '4,5'],
    header: null,
    delimiter: null,
    rows: [
      {
        properties: [
          ['a', '1'],
          ['b', '2'],
          ['c', '3'],
        ],
        typeNames: ['System.Management.Automation.PSCustomObject', 'System.Object'],
      },
      {
        properties: [
          ['a', '4'],
          ['b', '5'],
          ['c', null],
        ],
        typeNames: ['System.Management.Automation.PSCustomObject', 'System.Object'],
      },
    ],
    warnings: [],
  },
  {
    mode: 'ConvertFrom',
    inputs: ['a,b', '1,2,3,4'],
    header: null,
    delimiter: null,
    rows: [
      {
        properties: [
          ['a', '1'],
          ['b', '2'],
        ],
        typeNames: ['System.Management.Automation.PSCustomObject', 'System.Object'],
      },
    ],
    warnings: [],
  },
  {
    mode: 'ConvertFrom',
    inputs: ['#TYPE Foo.Bar', 'a,b', '1,2'],
    header: null,
    delimiter: null,
    rows: [
      {
        properties: [
          ['a', '1'],
          ['b', '2'],
        ],
        typeNames: ['Foo.Bar', 'CSV:Foo.Bar'],
      },
    ],
    warnings: [],
  },
  {
    mode: 'ConvertFrom',
    inputs: ['a,b', '#comment', '1,2'],
    header: null,
    delimiter: null,
    rows: [
      {
        properties: [
          ['a', '1'],
          ['b', '2'],
        ],
        typeNames: ['System.Management.Automation.PSCustomObject', 'System.Object'],
      },
    ],
    warnings: [],
  },
  {
    mode: 'ConvertFrom',
    inputs: ['a,,c', '1,2,3'],
    header: null,
    delimiter: null,
    rows: [
      {
        properties: [
          ['a', '1'],
          ['H1', '2'],
          ['c', '3'],
        ],
        typeNames: ['System.Management.Automation.PSCustomObject', 'System.Object'],
      },
    ],
    warnings: [
      'One or more headers were not specified. Default names starting with "H" have been used in place of any missing headers.',
    ],
  },
  {
    mode: 'ConvertFrom',
    inputs: [',,c', '1,2,3'],
    header: null,
    delimiter: null,
    rows: [
      {
        properties: [
          ['H1', '1'],
          ['H2', '2'],
          ['c', '3'],
        ],
        typeNames: ['System.Management.Automation.PSCustomObject', 'System.Object'],
      },
    ],
    warnings: [
      'One or more headers were not specified. Default names starting with "H" have been used in place of any missing headers.',
    ],
  },
  {
    mode: 'ConvertFrom',
    inputs: ['a,A', '1,2'],
    header: null,
    delimiter: null,
    error: 'The member "A" is already present.',
    errorId: 'AlreadyPresentPSMemberInfoInternalCollectionAdd',
  },
  {
    mode: 'ConvertFrom',
    inputs: ['a,b', '"multi', 'line",2'],
    header: null,
    delimiter: null,
    rows: [
      {
        properties: [
          ['a', 'multi'],
          ['b', null],
        ],
        typeNames: ['System.Management.Automation.PSCustomObject', 'System.Object'],
      },
      {
        properties: [
          ['a', 'line"'],
          ['b', '2'],
        ],
        typeNames: ['System.Management.Automation.PSCustomObject', 'System.Object'],
      },
    ],
    warnings: [],
  },
  {
    mode: 'ConvertFrom',
    inputs: ['a,b\n"multi\nline",2'],
    header: null,
    delimiter: null,
    rows: [
      {
        properties: [
          ['a', 'multi\nline'],
          ['b', '2'],
        ],
        typeNames: ['System.Management.Automation.PSCustomObject', 'System.Object'],
      },
    ],
    warnings: [],
  },
  {
    mode: 'ConvertFrom',
    inputs: ['a,b\r\n1,2\r\n3,4'],
    header: null,
    delimiter: null,
    rows: [
      {
        properties: [
          ['a', '1'],
          ['b', '2'],
        ],
        typeNames: ['System.Management.Automation.PSCustomObject', 'System.Object'],
      },
      {
        properties: [
          ['a', '3'],
          ['b', '4'],
        ],
        typeNames: ['System.Management.Automation.PSCustomObject', 'System.Object'],
      },
    ],
    warnings: [],
  },
  {
    mode: 'ConvertFrom',
    inputs: ['__proto__,constructor', '1,2'],
    header: null,
    delimiter: null,
    rows: [
      {
        properties: [
          ['__proto__', '1'],
          ['constructor', '2'],
        ],
        typeNames: ['System.Management.Automation.PSCustomObject', 'System.Object'],
      },
    ],
    warnings: [],
  },
  {
    mode: 'ConvertFrom',
    inputs: ['"a b","c""d"', '1,2'],
    header: null,
    delimiter: null,
    rows: [
      {
        properties: [
          ['a b', '1'],
          ['c"d', '2'],
        ],
        typeNames: ['System.Management.Automation.PSCustomObject', 'System.Object'],
      },
    ],
    warnings: [],
  },
  {
    mode: 'ConvertFrom',
    inputs: ['a,b', 'x"y,z'],
    header: null,
    delimiter: null,
    rows: [
      {
        properties: [
          ['a', 'x"y'],
          ['b', 'z'],
        ],
        typeNames: ['System.Management.Automation.PSCustomObject', 'System.Object'],
      },
    ],
    warnings: [],
  },
  {
    mode: 'ConvertFrom',
    inputs: ['a,b', '"x"y,z'],
    header: null,
    delimiter: null,
    rows: [
      {
        properties: [
          ['a', 'xy'],
          ['b', 'z'],
        ],
        typeNames: ['System.Management.Automation.PSCustomObject', 'System.Object'],
      },
    ],
    warnings: [],
  },
  {
    mode: 'ConvertFrom',
    inputs: ['a,b', '"x" y ,z'],
    header: null,
    delimiter: null,
    rows: [
      {
        properties: [
          ['a', 'x y '],
          ['b', 'z'],
        ],
        typeNames: ['System.Management.Automation.PSCustomObject', 'System.Object'],
      },
    ],
    warnings: [],
  },
  {
    mode: 'ConvertFrom',
    inputs: ['a,b', '"unterminated,z'],
    header: null,
    delimiter: null,
    rows: [
      {
        properties: [
          ['a', 'unterminated,z'],
          ['b', null],
        ],
        typeNames: ['System.Management.Automation.PSCustomObject', 'System.Object'],
      },
    ],
    warnings: [],
  },
  {
    mode: 'ConvertFrom',
    inputs: ['a,b', '1,2,'],
    header: null,
    delimiter: null,
    rows: [
      {
        properties: [
          ['a', '1'],
          ['b', '2'],
        ],
        typeNames: ['System.Management.Automation.PSCustomObject', 'System.Object'],
      },
    ],
    warnings: [],
  },
  {
    mode: 'ConvertFrom',
    inputs: ['a,b,', '1,2,3'],
    header: null,
    delimiter: null,
    rows: [
      {
        properties: [
          ['a', '1'],
          ['b', '2'],
        ],
        typeNames: ['System.Management.Automation.PSCustomObject', 'System.Object'],
      },
    ],
    warnings: [],
  },
  {
    mode: 'ConvertFrom',
    inputs: ['h1,,c', '1,2,3'],
    header: null,
    delimiter: null,
    rows: [
      {
        properties: [
          ['H1', '2'],
          ['c', '3'],
        ],
        typeNames: ['System.Management.Automation.PSCustomObject', 'System.Object'],
      },
    ],
    warnings: [
      'One or more headers were not specified. Default names starting with "H" have been used in place of any missing headers.',
    ],
  },
  {
    mode: 'ConvertFrom',
    inputs: ['1,2'],
    header: ['A', 'a'],
    delimiter: null,
    error: 'The member "a" is already present.',
    errorId: 'AlreadyPresentPSMemberInfoInternalCollectionAdd',
  },
  {
    mode: 'ConvertFrom',
    inputs: ['', 'a,b', '1,2'],
    header: null,
    delimiter: null,
    rows: [
      {
        properties: [
          ['a', '1'],
          ['b', '2'],
        ],
        typeNames: ['System.Management.Automation.PSCustomObject', 'System.Object'],
      },
    ],
    warnings: [],
  },
  {
    mode: 'ConvertFrom',
    inputs: ['a,b', '#x', '#TYPE Q', '1,2', '#TYPE R', '3,4'],
    header: null,
    delimiter: null,
    rows: [
      {
        properties: [
          ['a', '1'],
          ['b', '2'],
        ],
        typeNames: ['Q', 'CSV:Q'],
      },
      {
        properties: [
          ['a', '#TYPE R'],
          ['b', null],
        ],
        typeNames: ['Q', 'CSV:Q'],
      },
      {
        properties: [
          ['a', '3'],
          ['b', '4'],
        ],
        typeNames: ['Q', 'CSV:Q'],
      },
    ],
    warnings: [],
  },
  {
    mode: 'ConvertFrom',
    inputs: ['﻿a,b', '1,2'],
    header: null,
    delimiter: null,
    rows: [
      {
        properties: [
          ['a', '1'],
          ['b', '2'],
        ],
        typeNames: ['System.Management.Automation.PSCustomObject', 'System.Object'],
      },
    ],
    warnings: [],
  },
  {
    mode: 'ConvertFrom',
    inputs: ['#TYPE T\na,b\n1,2', '3,4'],
    header: null,
    delimiter: null,
    rows: [
      {
        properties: [
          ['a', '1'],
          ['b', '2'],
        ],
        typeNames: ['T', 'CSV:T'],
      },
      {
        properties: [
          ['a', '3'],
          ['b', '4'],
        ],
        typeNames: ['T', 'CSV:T'],
      },
    ],
    warnings: [],
  },
  { mode: 'ConvertFrom', inputs: ['a,b'], header: null, delimiter: null, rows: [], warnings: [] },
  {
    mode: 'ConvertFrom',
    inputs: ['a,b\n\n1,2'],
    header: null,
    delimiter: null,
    rows: [
      {
        properties: [
          ['a', '1'],
          ['b', '2'],
        ],
        typeNames: ['System.Management.Automation.PSCustomObject', 'System.Object'],
      },
    ],
    warnings: [],
  },
  {
    mode: 'ConvertFrom',
    inputs: ['a;b', '1;"2;3"'],
    header: null,
    delimiter: ';',
    rows: [
      {
        properties: [
          ['a', '1'],
          ['b', '2;3'],
        ],
        typeNames: ['System.Management.Automation.PSCustomObject', 'System.Object'],
      },
    ],
    warnings: [],
  },
  {
    mode: 'ConvertFrom',
    inputs: ['a b', '1 2'],
    header: null,
    delimiter: ' ',
    rows: [
      {
        properties: [
          ['a', '1'],
          ['b', '2'],
        ],
        typeNames: ['System.Management.Automation.PSCustomObject', 'System.Object'],
      },
    ],
    warnings: [],
  },
  {
    mode: 'ConvertFrom',
    inputs: ['a,b', '1,"2'],
    header: null,
    delimiter: null,
    rows: [
      {
        properties: [
          ['a', '1'],
          ['b', '2'],
        ],
        typeNames: ['System.Management.Automation.PSCustomObject', 'System.Object'],
      },
    ],
    warnings: [],
  },
  {
    mode: 'ConvertFrom',
    inputs: ['   ', 'a,b', '1,2'],
    header: null,
    delimiter: null,
    rows: [
      { properties: [], typeNames: ['System.Management.Automation.PSCustomObject', 'System.Object'] },
      { properties: [], typeNames: ['System.Management.Automation.PSCustomObject', 'System.Object'] },
    ],
    warnings: [],
  },
  {
    mode: 'ConvertFrom',
    inputs: ['a,b,,', '1,2,3,4'],
    header: null,
    delimiter: null,
    rows: [
      {
        properties: [
          ['a', '1'],
          ['b', '2'],
        ],
        typeNames: ['System.Management.Automation.PSCustomObject', 'System.Object'],
      },
    ],
    warnings: [],
  },
  {
    mode: 'ConvertFrom',
    inputs: ['a,,b,,', '1,2,3,4'],
    header: null,
    delimiter: null,
    rows: [
      {
        properties: [
          ['a', '1'],
          ['H1', '2'],
          ['b', '3'],
        ],
        typeNames: ['System.Management.Automation.PSCustomObject', 'System.Object'],
      },
    ],
    warnings: [
      'One or more headers were not specified. Default names starting with "H" have been used in place of any missing headers.',
    ],
  },
  {
    mode: 'ConvertFrom',
    inputs: ['#TYPE', 'a,b', '1,2'],
    header: null,
    delimiter: null,
    rows: [
      {
        properties: [
          ['a', '1'],
          ['b', '2'],
        ],
        typeNames: ['System.Management.Automation.PSCustomObject', 'System.Object'],
      },
    ],
    warnings: [],
  },
  {
    mode: 'ConvertFrom',
    inputs: ['#type  lower ', 'a,b', '1,2'],
    header: null,
    delimiter: null,
    rows: [
      {
        properties: [
          ['a', '1'],
          ['b', '2'],
        ],
        typeNames: ['lower', 'CSV:lower'],
      },
    ],
    warnings: [],
  },
  {
    mode: 'ConvertFrom',
    inputs: ['#Typed x', 'a,b', '1,2'],
    header: null,
    delimiter: null,
    rows: [
      {
        properties: [
          ['a', '1'],
          ['b', '2'],
        ],
        typeNames: ['d x', 'CSV:d x'],
      },
    ],
    warnings: [],
  },
  {
    mode: 'ConvertFrom',
    inputs: ['""', '1'],
    header: null,
    delimiter: null,
    rows: [
      {
        properties: [['H1', '1']],
        typeNames: ['System.Management.Automation.PSCustomObject', 'System.Object'],
      },
    ],
    warnings: [
      'One or more headers were not specified. Default names starting with "H" have been used in place of any missing headers.',
    ],
  },
  {
    mode: 'ConvertFrom',
    inputs: ['"",b', '1,2'],
    header: null,
    delimiter: null,
    rows: [
      {
        properties: [
          ['H1', '1'],
          ['b', '2'],
        ],
        typeNames: ['System.Management.Automation.PSCustomObject', 'System.Object'],
      },
    ],
    warnings: [
      'One or more headers were not specified. Default names starting with "H" have been used in place of any missing headers.',
    ],
  },
  {
    mode: 'ConvertFrom',
    inputs: ['a,b', '"",""'],
    header: null,
    delimiter: null,
    rows: [
      {
        properties: [
          ['a', ''],
          ['b', ''],
        ],
        typeNames: ['System.Management.Automation.PSCustomObject', 'System.Object'],
      },
    ],
    warnings: [],
  },
  { mode: 'ConvertFrom', inputs: ['a,b', ','], header: null, delimiter: null, rows: [], warnings: [] },
  { mode: 'ConvertFrom', inputs: ['a', '""'], header: null, delimiter: null, rows: [], warnings: [] },
  { mode: 'ConvertFrom', inputs: ['a', '  '], header: null, delimiter: null, rows: [], warnings: [] },
  {
    mode: 'ConvertFrom',
    inputs: ['Name,Age', 'Ann,30', 'Bob,41'],
    header: null,
    delimiter: null,
    rows: [
      {
        properties: [
          ['Name', 'Ann'],
          ['Age', '30'],
        ],
        typeNames: ['System.Management.Automation.PSCustomObject', 'System.Object'],
      },
      {
        properties: [
          ['Name', 'Bob'],
          ['Age', '41'],
        ],
        typeNames: ['System.Management.Automation.PSCustomObject', 'System.Object'],
      },
    ],
    warnings: [],
  },
  {
    mode: 'ConvertFrom',
    inputs: ['1,2', '3,4'],
    header: ['A', 'B'],
    delimiter: null,
    rows: [
      {
        properties: [
          ['A', '1'],
          ['B', '2'],
        ],
        typeNames: ['System.Management.Automation.PSCustomObject', 'System.Object'],
      },
      {
        properties: [
          ['A', '3'],
          ['B', '4'],
        ],
        typeNames: ['System.Management.Automation.PSCustomObject', 'System.Object'],
      },
    ],
    warnings: [],
  },
  {
    mode: 'ConvertFrom',
    inputs: [
      '#Software: sample exporter\n#Fields: when,action,target\n09:15:00,create,mbx-ann\n09:20:30,delete,mbx-bob\n',
    ],
    header: null,
    delimiter: null,
    rows: [
      {
        properties: [
          ['when', '09:15:00'],
          ['action', 'create'],
          ['target', 'mbx-ann'],
        ],
        typeNames: ['System.Management.Automation.PSCustomObject', 'System.Object'],
      },
      {
        properties: [
          ['when', '09:20:30'],
          ['action', 'delete'],
          ['target', 'mbx-bob'],
        ],
        typeNames: ['System.Management.Automation.PSCustomObject', 'System.Object'],
      },
    ],
    warnings: [],
  },
  {
    mode: 'ConvertFrom',
    inputs: ['a,b', '1,2', 'x,,'],
    header: null,
    delimiter: null,
    rows: [
      {
        properties: [
          ['a', '1'],
          ['b', '2'],
        ],
        typeNames: ['System.Management.Automation.PSCustomObject', 'System.Object'],
      },
      {
        properties: [
          ['a', 'x'],
          ['b', ''],
        ],
        typeNames: ['System.Management.Automation.PSCustomObject', 'System.Object'],
      },
    ],
    warnings: [],
  },
  {
    mode: 'ConvertFrom',
    inputs: ['a,,', '1,2,3'],
    header: null,
    delimiter: null,
    rows: [
      {
        properties: [['a', '1']],
        typeNames: ['System.Management.Automation.PSCustomObject', 'System.Object'],
      },
    ],
    warnings: [],
  },
  {
    mode: 'Import',
    inputs: ['a,b,c\n1,2,\n4,5\n\n  \n,,\n'],
    header: null,
    delimiter: null,
    rows: [
      {
        properties: [
          ['a', '1'],
          ['b', '2'],
          ['c', ''],
        ],
        typeNames: ['System.Management.Automation.PSCustomObject', 'System.Object'],
      },
      {
        properties: [
          ['a', '4'],
          ['b', '5'],
          ['c', null],
        ],
        typeNames: ['System.Management.Automation.PSCustomObject', 'System.Object'],
      },
      {
        properties: [
          ['a', ''],
          ['b', ''],
          ['c', ''],
        ],
        typeNames: ['System.Management.Automation.PSCustomObject', 'System.Object'],
      },
    ],
    warnings: [],
  },
  {
    mode: 'Import',
    inputs: ['a,b,\n1,2,3\n'],
    header: null,
    delimiter: null,
    rows: [
      {
        properties: [
          ['a', '1'],
          ['b', '2'],
        ],
        typeNames: ['System.Management.Automation.PSCustomObject', 'System.Object'],
      },
    ],
    warnings: [],
  },
  {
    mode: 'Import',
    inputs: ['﻿a,b\r\n1,2\r\n'],
    header: null,
    delimiter: null,
    rows: [
      {
        properties: [
          ['a', '1'],
          ['b', '2'],
        ],
        typeNames: ['System.Management.Automation.PSCustomObject', 'System.Object'],
      },
    ],
    warnings: [],
  },
  {
    mode: 'Import',
    inputs: ['#TYPE X\n#TYPE Y\na,b\n1,2\n#c\n3,4'],
    header: null,
    delimiter: null,
    rows: [
      {
        properties: [
          ['a', '1'],
          ['b', '2'],
        ],
        typeNames: ['X', 'CSV:X'],
      },
      {
        properties: [
          ['a', '#c'],
          ['b', null],
        ],
        typeNames: ['X', 'CSV:X'],
      },
      {
        properties: [
          ['a', '3'],
          ['b', '4'],
        ],
        typeNames: ['X', 'CSV:X'],
      },
    ],
    warnings: [],
  },
  { mode: 'Import', inputs: ['#Fields: x,y\n1,2'], header: null, delimiter: null, rows: [], warnings: [] },
  {
    mode: 'Import',
    inputs: ['x,y\n#Fields: p,q\n1,2'],
    header: null,
    delimiter: null,
    rows: [
      {
        properties: [
          ['x', '#Fields: p'],
          ['y', 'q'],
        ],
        typeNames: ['System.Management.Automation.PSCustomObject', 'System.Object'],
      },
      {
        properties: [
          ['x', '1'],
          ['y', '2'],
        ],
        typeNames: ['System.Management.Automation.PSCustomObject', 'System.Object'],
      },
    ],
    warnings: [],
  },
  {
    mode: 'Import',
    inputs: ['\n\n#c1\na,b\n1,2'],
    header: null,
    delimiter: null,
    rows: [
      {
        properties: [['H1', '#c1']],
        typeNames: ['System.Management.Automation.PSCustomObject', 'System.Object'],
      },
      {
        properties: [['H1', 'a']],
        typeNames: ['System.Management.Automation.PSCustomObject', 'System.Object'],
      },
      {
        properties: [['H1', '1']],
        typeNames: ['System.Management.Automation.PSCustomObject', 'System.Object'],
      },
    ],
    warnings: [
      'One or more headers were not specified. Default names starting with "H" have been used in place of any missing headers.',
    ],
  },
  {
    mode: 'Import',
    inputs: ['a,b\n1,2'],
    header: ['X', 'Y', 'Z'],
    delimiter: null,
    rows: [
      {
        properties: [
          ['X', 'a'],
          ['Y', 'b'],
          ['Z', null],
        ],
        typeNames: ['System.Management.Automation.PSCustomObject', 'System.Object'],
      },
      {
        properties: [
          ['X', '1'],
          ['Y', '2'],
          ['Z', null],
        ],
        typeNames: ['System.Management.Automation.PSCustomObject', 'System.Object'],
      },
    ],
    warnings: [],
  },
  {
    mode: 'Import',
    inputs: ['a,b\n1,2,3,4'],
    header: ['X'],
    delimiter: null,
    rows: [
      {
        properties: [['X', 'a']],
        typeNames: ['System.Management.Automation.PSCustomObject', 'System.Object'],
      },
      {
        properties: [['X', '1']],
        typeNames: ['System.Management.Automation.PSCustomObject', 'System.Object'],
      },
    ],
    warnings: [],
  },
  {
    mode: 'Import',
    inputs: ['a\tb\n1\t2'],
    header: null,
    delimiter: '\t',
    rows: [
      {
        properties: [
          ['a', '1'],
          ['b', '2'],
        ],
        typeNames: ['System.Management.Automation.PSCustomObject', 'System.Object'],
      },
    ],
    warnings: [],
  },
  {
    mode: 'Import',
    inputs: ['a,b\n1,"2\n3",4\n5,6'],
    header: null,
    delimiter: null,
    rows: [
      {
        properties: [
          ['a', '1'],
          ['b', '2\n3'],
        ],
        typeNames: ['System.Management.Automation.PSCustomObject', 'System.Object'],
      },
      {
        properties: [
          ['a', '5'],
          ['b', '6'],
        ],
        typeNames: ['System.Management.Automation.PSCustomObject', 'System.Object'],
      },
    ],
    warnings: [],
  },
  {
    mode: 'Import',
    inputs: ['a,b\n1,"x\r\ny"\n'],
    header: null,
    delimiter: null,
    rows: [
      {
        properties: [
          ['a', '1'],
          ['b', 'x\r\ny'],
        ],
        typeNames: ['System.Management.Automation.PSCustomObject', 'System.Object'],
      },
    ],
    warnings: [],
  },
  {
    mode: 'Import',
    inputs: ['a,b\n"x"  ,  "y" \n'],
    header: null,
    delimiter: null,
    rows: [
      {
        properties: [
          ['a', 'x'],
          ['b', 'y'],
        ],
        typeNames: ['System.Management.Automation.PSCustomObject', 'System.Object'],
      },
    ],
    warnings: [],
  },
  {
    mode: 'Import',
    inputs: ['a,b\n1\r2\n'],
    header: null,
    delimiter: null,
    rows: [
      {
        properties: [
          ['a', '1'],
          ['b', null],
        ],
        typeNames: ['System.Management.Automation.PSCustomObject', 'System.Object'],
      },
      {
        properties: [
          ['a', '2'],
          ['b', null],
        ],
        typeNames: ['System.Management.Automation.PSCustomObject', 'System.Object'],
      },
    ],
    warnings: [],
  },
  {
    mode: 'Import',
    inputs: ['#TYPE\na,b\n1,2'],
    header: null,
    delimiter: null,
    rows: [
      {
        properties: [
          ['a', '1'],
          ['b', '2'],
        ],
        typeNames: ['System.Management.Automation.PSCustomObject', 'System.Object'],
      },
    ],
    warnings: [],
  },
  {
    mode: 'Import',
    inputs: ['#TYPE   Sp ace\na,b\n1,2'],
    header: null,
    delimiter: null,
    rows: [
      {
        properties: [
          ['a', '1'],
          ['b', '2'],
        ],
        typeNames: ['Sp ace', 'CSV:Sp ace'],
      },
    ],
    warnings: [],
  },
  {
    mode: 'Import',
    inputs: ['\t a\t,b \n1,2'],
    header: null,
    delimiter: null,
    rows: [
      {
        properties: [
          ['a\t', '1'],
          ['b ', '2'],
        ],
        typeNames: ['System.Management.Automation.PSCustomObject', 'System.Object'],
      },
    ],
    warnings: [],
  },
  {
    mode: 'Import',
    inputs: ['a,b\n#TYPE Z\n1,2'],
    header: null,
    delimiter: null,
    rows: [
      {
        properties: [
          ['a', '#TYPE Z'],
          ['b', null],
        ],
        typeNames: ['System.Management.Automation.PSCustomObject', 'System.Object'],
      },
      {
        properties: [
          ['a', '1'],
          ['b', '2'],
        ],
        typeNames: ['System.Management.Automation.PSCustomObject', 'System.Object'],
      },
    ],
    warnings: [],
  },
  { mode: 'Import', inputs: [''], header: null, delimiter: null, rows: [], warnings: [] },
  { mode: 'Import', inputs: ['a,b'], header: null, delimiter: null, rows: [], warnings: [] },
  {
    mode: 'Import',
    inputs: ['a,b\n1,2'],
    header: ['A', 'a'],
    delimiter: null,
    error: 'The member "a" is already present.',
    errorId: 'AlreadyPresentPSMemberInfoInternalCollectionAdd',
  },
];
