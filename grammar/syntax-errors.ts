/**
 * pwsh's parse error ids and messages (ParserStrings), copied from what pwsh 7.6.9 prints.
 * `{0}` is filled from the error's arguments. Code names the id; the text stays pwsh's.
 */
export const syntaxErrorMessages = {
  DuplicateFormalParameter: 'Duplicate parameter ${0} in parameter list.',
  EmptyPipeElement: 'An empty pipe element is not allowed.',
  EmptyPipelineChainElement: 'A pipeline chain operator must be followed by a pipeline.',
  EndSquareBracketExpectedAtEndOfAttribute: 'Missing ] at end of attribute or type literal.',
  ExpectedExpression: "An expression was expected after '('.",
  ExpectedValueExpression: "You must provide a value expression following the '{0}' operator.",
  IfStatementMissingCondition: "Missing condition in if statement after 'if ('.",
  IncompleteDollarSubexpressionReference: "$(subexpression) is missing the closing ')'.",
  IncompleteDollarVariableReference: "${{variable}} reference starting is missing the closing '}}'.",
  IncompleteString: 'Incomplete string token.',
  InvalidLeftHandSide:
    'The assignment expression is not valid. The input to an assignment operator must be an object that is able to accept assignments, such as a variable or a property.',
  InvalidVariableReferenceWithDrive:
    "Variable reference is not valid. ':' was not followed by a valid variable name character. Consider using ${} to delimit the name.",
  MissingArrayIndexExpression: 'Array index expression is missing or not valid.',
  MissingCatchHandlerBlock: 'The Catch block is missing its statement block.',
  MissingCatchOrFinally: 'The Try statement is missing its Catch or Finally block.',
  MissingColonInTernaryExpression: "Missing ':' in the ternary expression.",
  MissingCurlyBraceInSwitchStatement: "Missing '{' in switch statement.",
  MissingEndCurlyBrace: "Missing closing '}' in statement block or type definition.",
  MissingEndParenthesisAfterForeach:
    "Missing closing ')' after expression part of foreach loop.\nThe correct form is: foreach ($a in $b) {...}",
  MissingEndParenthesisAfterStatement: "Missing closing ')' after expression in '{0}' statement.",
  MissingEndParenthesisInExpression: "Missing closing ')' in expression.",
  MissingEndParenthesisInFunctionParameterList: "Missing ')' in function parameter list.",
  MissingEndParenthesisInMethodCall: "Missing ')' in method call.",
  MissingEndParenthesisInSubexpression: "Missing closing ')' in subexpression.",
  MissingEndParenthesisInSwitchStatement: "Missing ')' after expression in switch statement.",
  MissingEndSquareBracket: "Missing ']' after array index expression.",
  MissingEqualsInHashLiteral: "Missing '=' operator after key in hash literal.",
  MissingExpression: "Missing expression after '{0}' in pipeline element.",
  MissingExpressionAfterKeyword: "Missing expression after '{0}' in loop.",
  MissingExpressionAfterOperator: "Missing expression after unary operator '{0}'.",
  MissingExpressionAfterToken: "Missing expression after '{0}'.",
  MissingFileSpecification: 'Missing file specification after redirection operator.',
  MissingFinallyStatementBlock: 'The Finally block is missing its statement block.',
  MissingForeachExpression: 'Missing expression in foreach loop.\nThe correct form is: foreach ($a in $b) {...}',
  MissingForeachStatement: 'Missing statement body in foreach loop.\nThe correct form is: foreach ($a in $b) {...}',
  MissingFunctionBody: 'Missing function body in function declaration.',
  MissingInInForeach: "Missing 'in' after variable in foreach loop.\nThe correct form is: foreach ($a in $b) {...}",
  MissingLoopStatement: 'Missing statement body in {0} loop.',
  MissingNamedBlocks: "unexpected token '{0}', expected 'begin', 'process', 'end', 'clean', or 'dynamicparam'.",
  MissingNameAfterKeyword: 'Missing name after {0} keyword.',
  MissingNamedStatementBlock: "Missing statement block after '{0}'.",
  MissingOpenParenthesisAfterKeyword: "Missing opening '(' after keyword '{0}'.",
  MissingOpenParenthesisInIfStatement: "Missing '(' after '{0}' in if statement.",
  MissingPropertyName: 'Missing property name after reference operator.',
  MissingStatementBlock: 'Missing statement block after {0} ( condition ).',
  MissingStatementBlockAfterElse: "Missing statement block after 'else' keyword.",
  MissingStatementBlockForDataSection: 'The Data section is missing its statement block.',
  MissingStatementInHashLiteral: "Missing statement after '=' in hash literal.",
  MissingSwitchStatementClause: 'Missing statement block in switch statement clause.',
  MissingTerminatorMultiLineComment: "The terminator '#>' is missing from the multiline comment.",
  MissingTrapStatement: "The 'trap' statement was incomplete. A trap statement requires a body.",
  MissingTryStatementBlock: 'The Try statement is missing its statement block.',
  MissingTypeBody: "Missing '{0}' body in '{0}' declaration.",
  MissingTypename: "Missing type name after '['.",
  MissingVariableNameAfterForeach:
    'Missing variable name after foreach.\nThe correct form is: foreach ($a in $b) {...}',
  MissingWhileOrUntilInDoWhile: 'Missing while or until keyword in do loop.',
  ParameterRequiresArgument: 'Parameter {0} requires an argument.',
  RedirectionNotSupported: "The '{0}' operator is reserved for future use.",
  TerminatorExpectedAtEndOfString: 'The string is missing the terminator: {0}.',
  UnexpectedAttribute: "Unexpected attribute '{0}'.",
  UnexpectedCharactersAfterHereStringHeader:
    'No characters are allowed after a here-string header but before the end of the line.',
  UnexpectedToken: "Unexpected token '{0}' in expression or statement.",
  UsingMustBeAtStartOfScript: "A 'using' statement must appear before any other statements in a script.",
  WhitespaceBeforeHereStringFooter: 'White space is not allowed before the string terminator.',
} as const;

export type SyntaxErrorId = keyof typeof syntaxErrorMessages;

export function syntaxErrorMessage(id: SyntaxErrorId, args: readonly string[]): string {
  return syntaxErrorMessages[id].replace(/\{(\d)\}/g, (_, n: string) => args[Number(n)] ?? '');
}
