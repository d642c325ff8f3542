/**
 * The PowerShell grammar as a chevrotain CST parser.
 *
 * The rules follow pwsh's own parser (System.Management.Automation.Language.Parser) and the
 * language specification's grammar chapter. Two choices keep it fast and forgiving:
 * - Binary operators are read as a flat list (`operand (operator operand)*`); src/language applies
 *   pwsh's precedence when it builds the AST, so the CST is not ten levels deep per operand.
 * - Every closing token and every part pwsh reports as missing is optional here. The CST keeps
 *   what was there, and src/language reports what is missing with pwsh's error id at pwsh's
 *   position. chevrotain's own recovery handles the rest.
 */
import { CstParser, EOF, type CstNode, type IToken, type ParserMethod, type TokenType } from 'chevrotain';
import * as T from './tokens.js';

/** Token types that can start an operand of an expression. */
const operandStart: ReadonlySet<TokenType> = new Set([
  T.NumberLiteral, T.VerbatimString, T.ExpandableString, T.VerbatimHereString, T.ExpandableHereString,
  T.Variable, T.SplattedVariable, T.TypeLiteral, T.LParen, T.DollarParen, T.AtParen, T.AtCurly, T.LCurly,
  T.Minus, T.Plus, T.Exclaim, T.DashUnaryOperator, T.SplitJoin, T.PlusPlus, T.MinusMinus, T.AttributeOpen,
]);

export class PowerShellParser extends CstParser {
  constructor() {
    super(T.allTokens, {
      recoveryEnabled: true,
      maxLookahead: 2,
      nodeLocationTracking: 'onlyOffset',
      // The grammar's self-checks cost most of the CLI's start-up; the test suite (VITEST) runs them.
      skipValidations: process.env['VITEST'] === undefined,
    });
    this.performSelfAnalysis();
  }

  /**
   * A rule that takes an argument. chevrotain supports them at run time; its CstParser typings
   * only declare rules without arguments, hence the casts.
   */
  private ruleWithArgument<A>(name: string, impl: (arg: A) => void): ParserMethod<[A], CstNode> {
    return this.RULE(name, impl as unknown as () => void) as unknown as ParserMethod<[A], CstNode>;
  }

  /** A script file or the text of a script block: statements up to the end. */
  script = this.RULE('script', () => {
    this.SUBRULE(this.statementList, { ARGS: [EOF] });
  });

  /** Statements and their separators, up to `closer` (which is not consumed). */
  statementList = this.ruleWithArgument('statementList', (closer: TokenType) => {
    this.MANY({
      GATE: () => this.LA(1).tokenType !== closer,
      DEF: () => this.OR({
        IGNORE_AMBIGUITIES: true,
        DEF: [
          { ALT: () => this.CONSUME(T.NewLine) },
          { ALT: () => this.CONSUME(T.Semicolon) },
          { ALT: () => this.SUBRULE(this.statement) },
          {
            // A token that cannot start a statement; reported as unexpected.
            GATE: () => this.LA(1).tokenType !== closer,
            ALT: () => this.CONSUME(T.StrayToken),
          },
        ],
      }),
    });
  });

  statement = this.RULE('statement', () => {
    this.OR({
      IGNORE_AMBIGUITIES: true,
      DEF: [
        { ALT: () => this.SUBRULE(this.ifStatement) },
        { ALT: () => this.SUBRULE(this.labeledStatement) },
        { ALT: () => this.SUBRULE(this.switchStatement) },
        { ALT: () => this.SUBRULE(this.foreachStatement) },
        { ALT: () => this.SUBRULE(this.forStatement) },
        { ALT: () => this.SUBRULE(this.whileStatement) },
        { ALT: () => this.SUBRULE(this.doStatement) },
        { ALT: () => this.SUBRULE(this.tryStatement) },
        { ALT: () => this.SUBRULE(this.trapStatement) },
        { ALT: () => this.SUBRULE(this.functionDefinition) },
        { GATE: () => this.attributesThen(T.Class), ALT: () => this.SUBRULE(this.classDefinition) },
        { GATE: () => this.attributesThen(T.Enum), ALT: () => this.SUBRULE(this.enumDefinition) },
        { ALT: () => this.SUBRULE(this.flowControl) },
        { ALT: () => this.SUBRULE(this.usingStatement) },
        { ALT: () => this.SUBRULE(this.namedBlock) },
        { ALT: () => this.SUBRULE(this.dataStatement) },
        { GATE: () => this.attributesThen(T.Param), ALT: () => this.SUBRULE(this.paramBlock) },
        { ALT: () => this.SUBRULE(this.pipelineChain) },
      ],
    });
  });

  /** Whether the next tokens are zero or more attributes followed by a token of `next`'s type. */
  private attributesThen(next: TokenType): boolean {
    let k = 1;
    for (;;) {
      const type = this.LA(k).tokenType;
      if (type === next) return true;
      if (type !== T.AttributeOpen) return false;
      // Skip to the `]` that closes this attribute.
      let depth = 0;
      for (;;) {
        k++;
        const t = this.LA(k).tokenType;
        if (t === EOF) return false;
        if (t === T.LParen || t === T.AtParen || t === T.DollarParen) depth++;
        else if (t === T.RParen) depth--;
        else if (t === T.RBracket && depth < 0) break;
      }
      k++;
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Blocks

  /** `{ statements }` after a keyword. The closing brace may be missing (reported later). */
  statementBlock = this.RULE('statementBlock', () => {
    this.CONSUME(T.LCurly);
    this.SUBRULE(this.statementList, { ARGS: [T.RCurly] });
    this.OPTION(() => this.CONSUME(T.RCurly));
  });

  namedBlock = this.RULE('namedBlock', () => {
    this.CONSUME(T.NamedBlockKeyword);
    this.OPTION(() => this.SUBRULE(this.statementBlock));
  });

  dataStatement = this.RULE('dataStatement', () => {
    this.CONSUME(T.Data);
    this.OPTION(() => this.SUBRULE(this.statementBlock));
  });

  paramBlock = this.RULE('paramBlock', () => {
    this.MANY(() => this.SUBRULE(this.attribute));
    this.CONSUME(T.Param);
    this.CONSUME(T.LParen);
    this.SUBRULE(this.parameterList);
    this.OPTION(() => this.CONSUME(T.RParen));
  });

  parameterList = this.RULE('parameterList', () => {
    this.OPTION(() => {
      this.SUBRULE(this.parameter);
      this.MANY(() => {
        this.CONSUME(T.Comma);
        this.OPTION2(() => this.SUBRULE2(this.parameter));
      });
    });
  });

  parameter = this.RULE('parameter', () => {
    this.MANY(() => {
      this.OR([
        { ALT: () => this.SUBRULE(this.attribute) },
        { ALT: () => this.CONSUME(T.TypeLiteral) },
      ]);
    });
    this.CONSUME(T.Variable);
    this.OPTION(() => {
      this.CONSUME(T.Equals);
      this.OPTION2(() => this.SUBRULE(this.expression, { ARGS: [false] }));
    });
  });

  /** `[Name(arguments)]`; a bare `[Name]` before a parameter is a type constraint token. */
  attribute = this.RULE('attribute', () => {
    this.CONSUME(T.AttributeOpen);
    this.OPTION(() => {
      this.SUBRULE(this.attributeArgument);
      this.MANY(() => {
        this.CONSUME(T.Comma);
        this.OPTION2(() => this.SUBRULE2(this.attributeArgument));
      });
    });
    this.OPTION3(() => this.CONSUME(T.RParen));
    this.OPTION4(() => this.CONSUME(T.RBracket));
  });

  attributeArgument = this.RULE('attributeArgument', () => {
    this.OR([
      {
        ALT: () => {
          this.CONSUME(T.Identifier);
          this.OPTION(() => {
            this.CONSUME(T.Equals);
            this.OPTION2(() => this.SUBRULE(this.expression, { ARGS: [false] }));
          });
        },
      },
      { ALT: () => this.SUBRULE2(this.expression, { ARGS: [false] }) },
    ]);
  });

  // ---------------------------------------------------------------------------------------------
  // Statements with keywords

  ifStatement = this.RULE('ifStatement', () => {
    this.CONSUME(T.If);
    this.SUBRULE(this.condition);
    this.OPTION(() => this.SUBRULE(this.statementBlock));
    this.MANY(() => {
      this.CONSUME(T.ElseIf);
      this.SUBRULE2(this.condition);
      this.OPTION2(() => this.SUBRULE2(this.statementBlock));
    });
    this.OPTION3(() => {
      this.CONSUME(T.Else);
      this.OPTION4(() => this.SUBRULE3(this.statementBlock));
    });
  });

  /** `( pipeline )` after if, elseif, while, switch; each part may be missing. */
  condition = this.RULE('condition', () => {
    this.OPTION(() => {
      this.CONSUME(T.LParen);
      this.OPTION2(() => this.SUBRULE(this.pipelineChain));
      this.OPTION3(() => this.CONSUME(T.RParen));
    });
  });

  labeledStatement = this.RULE('labeledStatement', () => {
    this.CONSUME(T.Label);
    this.OPTION(() => {
      this.OR([
        { ALT: () => this.SUBRULE(this.switchStatement) },
        { ALT: () => this.SUBRULE(this.foreachStatement) },
        { ALT: () => this.SUBRULE(this.forStatement) },
        { ALT: () => this.SUBRULE(this.whileStatement) },
        { ALT: () => this.SUBRULE(this.doStatement) },
      ]);
    });
  });

  whileStatement = this.RULE('whileStatement', () => {
    this.CONSUME(T.While);
    this.SUBRULE(this.condition);
    this.OPTION(() => this.SUBRULE(this.statementBlock));
  });

  doStatement = this.RULE('doStatement', () => {
    this.CONSUME(T.Do);
    this.OPTION(() => this.SUBRULE(this.statementBlock));
    this.OPTION2(() => {
      this.OR([{ ALT: () => this.CONSUME(T.While) }, { ALT: () => this.CONSUME(T.Until) }]);
      this.SUBRULE(this.condition);
    });
  });

  forStatement = this.RULE('forStatement', () => {
    this.CONSUME(T.For);
    this.OPTION(() => {
      this.CONSUME(T.LParen);
      this.MANY(() => this.SUBRULE(this.forPart));
      this.OPTION2(() => this.CONSUME(T.RParen));
    });
    this.OPTION3(() => this.SUBRULE(this.statementBlock));
  });

  /** One of for's three parts, or the separator between them. */
  forPart = this.RULE('forPart', () => {
    this.OR([
      { ALT: () => this.CONSUME(T.Semicolon) },
      { ALT: () => this.CONSUME(T.NewLine) },
      { ALT: () => this.SUBRULE(this.pipelineChain) },
    ]);
  });

  foreachStatement = this.RULE('foreachStatement', () => {
    this.CONSUME(T.Foreach);
    this.MANY(() => this.CONSUME(T.Parameter));
    this.OPTION(() => {
      this.CONSUME(T.LParen);
      this.OPTION2(() => this.CONSUME(T.Variable));
      this.OPTION3(() => this.CONSUME(T.In));
      this.OPTION4(() => this.SUBRULE(this.pipelineChain));
      this.OPTION5(() => this.CONSUME(T.RParen));
    });
    this.OPTION6(() => this.SUBRULE(this.statementBlock));
  });

  switchStatement = this.RULE('switchStatement', () => {
    this.CONSUME(T.Switch);
    this.MANY(() => this.CONSUME(T.Parameter));
    // The subject: `( pipeline )`, or with -File a path (a bare word, string or variable).
    this.OPTION(() => this.SUBRULE(this.postfixExpression));
    this.OPTION3(() => {
      this.CONSUME(T.LCurly);
      this.MANY2(() => {
        this.OR2([
          { ALT: () => this.CONSUME(T.NewLine) },
          { ALT: () => this.CONSUME(T.Semicolon) },
          { ALT: () => this.SUBRULE(this.switchClause) },
        ]);
      });
      this.OPTION4(() => this.CONSUME(T.RCurly));
    });
  });

  switchClause = this.RULE('switchClause', () => {
    this.SUBRULE(this.postfixExpression);
    this.OPTION(() => this.SUBRULE(this.statementBlock));
  });

  tryStatement = this.RULE('tryStatement', () => {
    this.CONSUME(T.Try);
    this.OPTION(() => this.SUBRULE(this.statementBlock));
    this.MANY(() => this.SUBRULE(this.catchClause));
    this.OPTION2(() => {
      this.CONSUME(T.Finally);
      this.OPTION3(() => this.SUBRULE2(this.statementBlock));
    });
  });

  catchClause = this.RULE('catchClause', () => {
    this.CONSUME(T.Catch);
    this.MANY_SEP({ SEP: T.Comma, DEF: () => this.CONSUME(T.TypeLiteral) });
    this.OPTION(() => this.SUBRULE(this.statementBlock));
  });

  trapStatement = this.RULE('trapStatement', () => {
    this.CONSUME(T.Trap);
    this.OPTION(() => this.CONSUME(T.TypeLiteral));
    this.OPTION2(() => this.SUBRULE(this.statementBlock));
  });

  functionDefinition = this.RULE('functionDefinition', () => {
    this.CONSUME(T.FunctionKeyword);
    this.OPTION(() => this.CONSUME(T.GenericArgument));
    this.OPTION2(() => {
      this.CONSUME(T.LParen);
      this.SUBRULE(this.parameterList);
      this.OPTION3(() => this.CONSUME(T.RParen));
    });
    this.OPTION4(() => this.SUBRULE(this.statementBlock));
  });

  flowControl = this.RULE('flowControl', () => {
    this.OR([
      {
        ALT: () => {
          this.OR2([
            { ALT: () => this.CONSUME(T.Return) },
            { ALT: () => this.CONSUME(T.Throw) },
            { ALT: () => this.CONSUME(T.Exit) },
          ]);
          this.OPTION(() => this.SUBRULE(this.pipelineChain));
        },
      },
      {
        ALT: () => {
          this.OR3([{ ALT: () => this.CONSUME(T.Break) }, { ALT: () => this.CONSUME(T.Continue) }]);
          this.OPTION2(() =>
            this.OR4([
              { ALT: () => this.CONSUME(T.GenericArgument) },
              { ALT: () => this.CONSUME(T.Variable) },
            ]),
          );
        },
      },
    ]);
  });

  usingStatement = this.RULE('usingStatement', () => {
    this.CONSUME(T.Using);
    this.MANY(() =>
      this.OR([
        { ALT: () => this.CONSUME(T.GenericArgument) },
        { ALT: () => this.CONSUME(T.StringLiteral) },
        { ALT: () => this.CONSUME(T.Comma) },
      ]),
    );
  });

  classDefinition = this.RULE('classDefinition', () => {
    this.MANY2(() => this.SUBRULE(this.attribute));
    this.CONSUME(T.Class);
    this.OPTION(() => this.CONSUME(T.Identifier));
    this.OPTION2(() => {
      this.CONSUME(T.Colon);
      this.MANY_SEP({ SEP: T.Comma, DEF: () => this.CONSUME2(T.Identifier) });
    });
    this.OPTION3(() => {
      this.CONSUME(T.LCurly);
      this.MANY(() =>
        this.OR([
          { ALT: () => this.CONSUME(T.NewLine) },
          { ALT: () => this.CONSUME(T.Semicolon) },
          { ALT: () => this.SUBRULE(this.classMember) },
        ]),
      );
      this.OPTION4(() => this.CONSUME(T.RCurly));
    });
  });

  classMember = this.RULE('classMember', () => {
    // Attributes, types and modifiers (static, hidden) up to the member's name.
    this.MANY({
      GATE: () => this.LA(1).tokenType !== T.Identifier || this.LA(2).tokenType !== T.LParen,
      DEF: () =>
        this.OR([
          { ALT: () => this.SUBRULE(this.attribute) },
          { ALT: () => this.CONSUME(T.TypeLiteral) },
          { ALT: () => this.CONSUME(T.Identifier) },
        ]),
    });
    this.OR2([
      {
        ALT: () => {
          this.CONSUME(T.Variable);
          this.OPTION(() => {
            this.CONSUME(T.Equals);
            this.OPTION2(() => this.SUBRULE(this.expression, { ARGS: [false] }));
          });
        },
      },
      {
        ALT: () => {
          this.CONSUME2(T.Identifier);
          this.CONSUME(T.LParen);
          this.SUBRULE(this.parameterList);
          this.OPTION3(() => this.CONSUME(T.RParen));
          this.OPTION4(() => {
            // A constructor's `: base(arguments)`.
            this.CONSUME(T.Colon);
            this.CONSUME3(T.Identifier);
            this.CONSUME2(T.LParen);
            this.SUBRULE(this.argumentList);
            this.OPTION5(() => this.CONSUME2(T.RParen));
          });
          this.OPTION6(() => this.SUBRULE(this.statementBlock));
        },
      },
    ]);
  });

  enumDefinition = this.RULE('enumDefinition', () => {
    this.MANY2(() => this.SUBRULE(this.attribute));
    this.CONSUME(T.Enum);
    this.OPTION(() => this.CONSUME(T.Identifier));
    this.OPTION2(() => {
      this.CONSUME(T.Colon);
      this.CONSUME2(T.Identifier);
    });
    this.OPTION3(() => {
      this.CONSUME(T.LCurly);
      this.MANY(() =>
        this.OR([
          { ALT: () => this.CONSUME(T.NewLine) },
          { ALT: () => this.CONSUME(T.Semicolon) },
          { ALT: () => this.SUBRULE(this.enumMember) },
        ]),
      );
      this.OPTION4(() => this.CONSUME(T.RCurly));
    });
  });

  enumMember = this.RULE('enumMember', () => {
    this.CONSUME(T.Identifier);
    this.OPTION(() => {
      this.CONSUME(T.Equals);
      this.OPTION2(() => this.SUBRULE(this.expression, { ARGS: [false] }));
    });
  });

  // ---------------------------------------------------------------------------------------------
  // Pipelines and commands

  /** `pipeline ((&& | ||) pipeline)*`, optionally sent to the background with `&`. */
  pipelineChain = this.RULE('pipelineChain', () => {
    this.SUBRULE(this.pipeline);
    this.MANY(() => {
      this.OR([{ ALT: () => this.CONSUME(T.AndAnd) }, { ALT: () => this.CONSUME(T.OrOr) }]);
      this.OPTION(() => this.SUBRULE2(this.pipeline));
    });
    this.OPTION2(() => this.CONSUME(T.Ampersand));
  });

  pipeline = this.RULE('pipeline', () => {
    this.OR([
      {
        ALT: () => {
          this.SUBRULE(this.command);
        },
      },
      {
        ALT: () => {
          this.SUBRULE(this.expression, { ARGS: [true] });
          this.OR2([
            {
              ALT: () => {
                this.CONSUME(T.AssignmentOperator);
                this.OPTION(() => this.SUBRULE(this.statement));
              },
            },
            { ALT: () => this.MANY(() => this.SUBRULE(this.redirection)) },
          ]);
        },
      },
      {
        // `| Get-X` with nothing before the pipe.
        GATE: () => this.LA(1).tokenType === T.Pipe,
        ALT: () => undefined,
      },
    ]);
    this.MANY2(() => this.SUBRULE(this.pipeTail));
  });

  pipeTail = this.RULE('pipeTail', () => {
    this.CONSUME(T.Pipe);
    this.OPTION(() => this.SUBRULE(this.command));
  });

  command = this.RULE('command', () => {
    this.OR([
      { ALT: () => this.CONSUME(T.CommandName) },
      {
        ALT: () => {
          this.OR2([{ ALT: () => this.CONSUME(T.Ampersand) }, { ALT: () => this.CONSUME(T.DotSource) }]);
          this.OPTION(() =>
            this.OR3([
              { ALT: () => this.CONSUME2(T.CommandName) },
              { ALT: () => this.SUBRULE(this.postfixExpression) },
            ]),
          );
        },
      },
    ]);
    this.MANY(() => this.SUBRULE(this.commandElement));
  });

  commandElement = this.RULE('commandElement', () => {
    this.OR([
      {
        ALT: () => {
          this.CONSUME(T.Parameter);
          // `-Name:value` binds the next argument to the parameter.
          this.OPTION({
            GATE: () => this.LA(0).image.endsWith(':'),
            DEF: () => this.SUBRULE(this.commandArgument),
          });
        },
      },
      { ALT: () => this.SUBRULE2(this.commandArgument) },
      { ALT: () => this.SUBRULE(this.redirection) },
      { ALT: () => this.CONSUME(T.StopParsing) },
      { ALT: () => this.CONSUME(T.EndOfParameters) },
    ]);
  });

  /** An argument, with `a,b,c` making one array argument. */
  commandArgument = this.RULE('commandArgument', () => {
    this.SUBRULE(this.postfixExpression);
    this.MANY(() => {
      this.CONSUME(T.Comma);
      this.OPTION(() => this.SUBRULE2(this.postfixExpression));
    });
  });

  redirection = this.RULE('redirection', () => {
    this.CONSUME(T.Redirection);
    this.OPTION({
      GATE: () => !/&\d$/.test(this.LA(0).image),
      DEF: () => this.SUBRULE(this.postfixExpression),
    });
  });

  // ---------------------------------------------------------------------------------------------
  // Expressions

  /** A ternary or binary expression; `allowComma` is false inside argument lists. */
  expression = this.ruleWithArgument('expression', (allowComma: boolean) => {
    this.SUBRULE(this.binaryExpression, { ARGS: [allowComma] });
    this.OPTION(() => {
      this.CONSUME(T.Question);
      this.OPTION2(() => this.SUBRULE(this.expression, { ARGS: [allowComma] }));
      this.OPTION3(() => {
        this.CONSUME(T.Colon);
        this.OPTION4(() => this.SUBRULE2(this.expression, { ARGS: [allowComma] }));
      });
    });
  });

  /** Operands and binary operators in a flat list; precedence is applied in src/language. */
  binaryExpression = this.ruleWithArgument('binaryExpression', (allowComma: boolean) => {
    this.SUBRULE(this.arrayLiteral, { ARGS: [allowComma] });
    this.MANY(() => {
      this.CONSUME(T.BinaryOperator);
      this.OPTION(() => this.SUBRULE2(this.arrayLiteral, { ARGS: [allowComma] }));
    });
  });

  /** `a, b, c`: the comma binds tighter than every binary operator (about_Operator_Precedence). */
  arrayLiteral = this.ruleWithArgument('arrayLiteral', (allowComma: boolean) => {
    this.SUBRULE(this.unaryExpression);
    this.MANY({
      GATE: () => allowComma !== false,
      DEF: () => {
        this.CONSUME(T.Comma);
        this.OPTION(() => this.SUBRULE2(this.unaryExpression));
      },
    });
  });

  unaryExpression = this.RULE('unaryExpression', () => {
    this.OR({
      IGNORE_AMBIGUITIES: true,
      DEF: [
        {
          ALT: () => {
            this.OR2([
              { ALT: () => this.CONSUME(T.Exclaim) },
              { ALT: () => this.CONSUME(T.DashUnaryOperator) },
              { ALT: () => this.CONSUME(T.Minus) },
              { ALT: () => this.CONSUME(T.Plus) },
              { ALT: () => this.CONSUME(T.PlusPlus) },
              { ALT: () => this.CONSUME(T.MinusMinus) },
              { ALT: () => this.CONSUME(T.Comma) },
              { ALT: () => this.CONSUME(T.SplitJoin) },
            ]);
            this.OPTION(() => this.SUBRULE(this.unaryExpression));
          },
        },
        {
          // A cast: [int]$x, [string[]]@(), [pscustomobject]@{}
          GATE: () => operandStart.has(this.LA(2).tokenType),
          ALT: () => {
            this.CONSUME(T.TypeLiteral);
            this.SUBRULE2(this.unaryExpression);
          },
        },
        {
          ALT: () => {
            this.SUBRULE(this.attribute);
            this.OPTION2(() => this.SUBRULE4(this.unaryExpression));
          },
        },
        { ALT: () => this.SUBRULE(this.postfixExpression) },
      ],
    });
  });

  postfixExpression = this.RULE('postfixExpression', () => {
    this.SUBRULE(this.primaryExpression);
    this.MANY(() => this.SUBRULE(this.postfixOperator));
  });

  postfixOperator = this.RULE('postfixOperator', () => {
    this.OR([
      {
        ALT: () => {
          this.OR2([
            { ALT: () => this.CONSUME(T.Dot) },
            { ALT: () => this.CONSUME(T.ColonColon) },
            { ALT: () => this.CONSUME(T.QuestionDot) },
          ]);
          this.OPTION(() => this.SUBRULE(this.memberName));
          this.OPTION2({
            // A method call: `(` directly after the member name.
            GATE: () => this.LA(1).startOffset === this.LA(0).endOffset! + 1,
            DEF: () => {
              this.CONSUME(T.LParen);
              this.SUBRULE(this.argumentList);
              this.OPTION3(() => this.CONSUME(T.RParen));
            },
          });
        },
      },
      {
        ALT: () => {
          this.OR3([{ ALT: () => this.CONSUME(T.LBracket) }, { ALT: () => this.CONSUME(T.QuestionLBracket) }]);
          this.OPTION4(() => this.SUBRULE(this.expression, { ARGS: [true] }));
          this.OPTION5(() => this.CONSUME(T.RBracket));
        },
      },
      {
        GATE: () => this.LA(1).startOffset === this.LA(0).endOffset! + 1,
        ALT: () => this.OR4([{ ALT: () => this.CONSUME(T.PlusPlus) }, { ALT: () => this.CONSUME(T.MinusMinus) }]),
      },
    ]);
  });

  memberName = this.RULE('memberName', () => {
    this.OR([
      { ALT: () => this.CONSUME(T.Identifier) },
      { ALT: () => this.CONSUME(T.Variable) },
      { ALT: () => this.CONSUME(T.StringLiteral) },
      { ALT: () => this.SUBRULE(this.parenExpression) },
      { ALT: () => this.SUBRULE(this.subExpression) },
      { ALT: () => this.SUBRULE(this.scriptBlockExpression) },
    ]);
  });

  argumentList = this.RULE('argumentList', () => {
    this.OPTION(() => {
      this.SUBRULE(this.expression, { ARGS: [false] });
      this.MANY(() => {
        this.CONSUME(T.Comma);
        this.OPTION2(() => this.SUBRULE2(this.expression, { ARGS: [false] }));
      });
    });
  });

  primaryExpression = this.RULE('primaryExpression', () => {
    this.OR([
      { ALT: () => this.CONSUME(T.NumberLiteral) },
      { ALT: () => this.CONSUME(T.StringLiteral) },
      { ALT: () => this.CONSUME(T.Variable) },
      { ALT: () => this.CONSUME(T.SplattedVariable) },
      { ALT: () => this.CONSUME(T.GenericArgument) },
      { ALT: () => this.CONSUME(T.TypeLiteral) },
      { ALT: () => this.SUBRULE(this.parenExpression) },
      { ALT: () => this.SUBRULE(this.subExpression) },
      { ALT: () => this.SUBRULE(this.arrayExpression) },
      { ALT: () => this.SUBRULE(this.hashtable) },
      { ALT: () => this.SUBRULE(this.scriptBlockExpression) },
    ]);
  });

  parenExpression = this.RULE('parenExpression', () => {
    this.CONSUME(T.LParen);
    this.OPTION(() => this.SUBRULE(this.pipelineChain));
    this.OPTION2(() => this.CONSUME(T.RParen));
  });

  subExpression = this.RULE('subExpression', () => {
    this.CONSUME(T.DollarParen);
    this.SUBRULE(this.statementList, { ARGS: [T.RParen] });
    this.OPTION(() => this.CONSUME(T.RParen));
  });

  arrayExpression = this.RULE('arrayExpression', () => {
    this.CONSUME(T.AtParen);
    this.SUBRULE(this.statementList, { ARGS: [T.RParen] });
    this.OPTION(() => this.CONSUME(T.RParen));
  });

  scriptBlockExpression = this.RULE('scriptBlockExpression', () => {
    this.CONSUME(T.LCurly);
    this.SUBRULE(this.statementList, { ARGS: [T.RCurly] });
    this.OPTION(() => this.CONSUME(T.RCurly));
  });

  hashtable = this.RULE('hashtable', () => {
    this.CONSUME(T.AtCurly);
    this.MANY(() =>
      this.OR([
        { ALT: () => this.CONSUME(T.NewLine) },
        { ALT: () => this.CONSUME(T.Semicolon) },
        { ALT: () => this.SUBRULE(this.hashEntry) },
      ]),
    );
    this.OPTION(() => this.CONSUME(T.RCurly));
  });

  hashEntry = this.RULE('hashEntry', () => {
    this.OR([
      { ALT: () => this.CONSUME(T.Identifier) },
      { ALT: () => this.SUBRULE(this.unaryExpression) },
    ]);
    this.OPTION(() => {
      this.CONSUME(T.Equals);
      this.OPTION2(() => this.SUBRULE(this.statement));
    });
  });
}

/** One parser instance serves every parse (chevrotain parsers are reusable and costly to build). */
let shared: PowerShellParser | undefined;

export function sharedParser(): PowerShellParser {
  shared ??= new PowerShellParser();
  return shared;
}

export interface CstParseResult {
  cst: CstNode;
  /** chevrotain's own recognition errors (its recovery resynchronized after each). */
  recognitionErrors: { token: IToken; message: string }[];
}

/** Parses a token vector with the given entry rule. */
export function parseTokens(tokens: IToken[], rule: 'script' = 'script'): CstParseResult {
  const parser = sharedParser();
  parser.input = tokens;
  const cst = parser[rule]();
  return {
    cst,
    recognitionErrors: parser.errors.map((e) => ({ token: e.token, message: e.message })),
  };
}
