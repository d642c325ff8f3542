/**
 * Parse-error cases where tenantsh's errors differ from pwsh 7.6.9's (same ids at the same
 * places is the goal). Each entry says what each prints. The test fails when a listed case starts
 * to match, so this list only shrinks. In every listed case tenantsh still reports an error.
 */
export const knownParseErrorDivergences: Record<string, string> = {
  'bad-missing-close-paren-if': 'pwsh: MissingEndParenthesisAfterStatement@1:14 UnexpectedToken@1:14; tenantsh: MissingEndParenthesisAfterStatement@1:13',
  'bad-missing-close-paren-while': 'pwsh: MissingEndParenthesisAfterStatement@1:17 UnexpectedToken@1:18; tenantsh: MissingEndParenthesisAfterStatement@1:17',
  'bad-missing-close-paren-foreach': 'pwsh: MissingEndParenthesisAfterForeach@1:22 UnexpectedToken@1:23; tenantsh: MissingEndParenthesisAfterForeach@1:22',
  'bad-missing-close-paren-switch': 'pwsh: MissingEndParenthesisInSwitchStatement@1:11 UnexpectedToken@1:12; tenantsh: MissingEndParenthesisInExpression@1:11',
  'bad-missing-close-paren-for': 'pwsh: MissingEndParenthesisAfterStatement@1:28 UnexpectedToken@1:29; tenantsh: MissingEndParenthesisAfterStatement@2:1 MissingLoopStatement@2:1',
  'bad-missing-close-bracket-generic': 'pwsh: EndSquareBracketExpectedAtEndOfAttribute@1:45 ExpectedExpression@1:52 UnexpectedToken@1:46; tenantsh: EndSquareBracketExpectedAtEndOfAttribute@1:45',
  'bad-missing-close-bracket-attribute': 'pwsh: MissingEndParenthesisInExpression@2:37; tenantsh: MissingEndParenthesisInExpression@2:38',
  'bad-here-string-indented-terminator': 'pwsh: WhitespaceBeforeHereStringFooter@3:5; tenantsh: TerminatorExpectedAtEndOfString@1:6',
  'bad-here-string-text-after-header': 'pwsh: TerminatorExpectedAtEndOfString@3:1 UnexpectedCharactersAfterHereStringHeader@1:9; tenantsh: UnexpectedCharactersAfterHereStringHeader@1:6',
  'bad-here-string-on-one-line': 'pwsh: UnexpectedCharactersAfterHereStringHeader@1:8; tenantsh: TerminatorExpectedAtEndOfString@1:6 UnexpectedCharactersAfterHereStringHeader@1:6',
  'bad-unterminated-subexpression': 'pwsh: MissingEndParenthesisInSubexpression@2:2; tenantsh: MissingEndParenthesisInSubexpression@2:1',
  'bad-unterminated-array-subexpression': 'pwsh: MissingEndParenthesisInSubexpression@2:2; tenantsh: MissingEndParenthesisInSubexpression@2:1',
  'bad-unterminated-subexpression-in-string': 'pwsh: IncompleteDollarSubexpressionReference@1:8 MissingEndParenthesisInSubexpression@2:2 TerminatorExpectedAtEndOfString@1:1 TerminatorExpectedAtEndOfString@1:20 UnexpectedToken@1:20; tenantsh: IncompleteDollarSubexpressionReference@1:8 TerminatorExpectedAtEndOfString@1:1 TerminatorExpectedAtEndOfString@1:20 UnexpectedToken@1:20',
  'bad-ternary-missing-colon': 'pwsh: MissingColonInTernaryExpression@2:2; tenantsh: MissingColonInTernaryExpression@1:12',
  'bad-if-statement-without-braces': 'pwsh: MissingStatementBlock@1:7; tenantsh: MissingStatementBlock@1:7 UnexpectedToken@1:9',
  'bad-do-while-without-parens': 'pwsh: MissingOpenParenthesisAfterKeyword@1:18; tenantsh: MissingOpenParenthesisAfterKeyword@1:18 UnexpectedToken@1:19',
  'bad-foreach-missing-in': 'pwsh: MissingInInForeach@1:12 UnexpectedToken@1:15; tenantsh: MissingInInForeach@1:12',
  'bad-foreach-missing-variable': 'pwsh: MissingVariableNameAfterForeach@1:10 UnexpectedToken@1:15; tenantsh: MissingForeachStatement@1:10 MissingVariableNameAfterForeach@1:10 UnexpectedToken@1:10 UnexpectedToken@1:15',
  'bad-foreach-property-as-variable': 'pwsh: MissingInInForeach@1:12 UnexpectedToken@1:23; tenantsh: MissingForeachStatement@1:12 MissingInInForeach@1:12 UnexpectedToken@1:12 UnexpectedToken@1:13 UnexpectedToken@1:18 UnexpectedToken@1:23',
  'bad-foreach-missing-collection': 'pwsh: MissingForeachExpression@1:15 UnexpectedToken@1:15; tenantsh: MissingForeachExpression@1:15',
  'bad-call-operator-alone': 'pwsh: MissingExpression@1:1 UnexpectedToken@1:2; tenantsh: MissingExpression@1:1',
  'bad-hashtable-comma-separated': 'pwsh: MissingEndCurlyBrace@1:8 MissingExpressionAfterToken@1:15 UnexpectedToken@1:16 UnexpectedToken@1:22; tenantsh: MissingExpressionAfterToken@1:15',
  'bad-generic-type-missing-bracket': 'pwsh: EndSquareBracketExpectedAtEndOfAttribute@1:28 ExpectedExpression@1:35 UnexpectedToken@1:29; tenantsh: EndSquareBracketExpectedAtEndOfAttribute@1:28',
  'bad-function-params-unclosed': 'pwsh: MissingEndParenthesisInFunctionParameterList@1:14 MissingExpressionAfterToken@1:15 UnexpectedToken@1:18; tenantsh: MissingEndParenthesisInFunctionParameterList@1:15 MissingExpressionAfterToken@1:15',
  'bad-named-block-mixed-with-statements': 'pwsh: MissingNamedBlocks@3:5 UnexpectedToken@4:1; tenantsh: MissingNamedBlocks@3:5',
  'bad-backtick-at-end-of-file': 'pwsh: IncompleteString@1:12 (past the end of the text); tenantsh: IncompleteString@1:11',
  'bad-several-errors': 'pwsh: ExpectedValueExpression@2:9 MissingEndParenthesisAfterStatement@1:8 UnexpectedToken@1:8; tenantsh: ExpectedValueExpression@2:9 MissingEndParenthesisAfterStatement@1:7',
  'bad-several-errors-separate-statements': 'pwsh: ExpectedValueExpression@3:9 MissingEndParenthesisInExpression@1:8 MissingEqualsInHashLiteral@2:9 UnexpectedToken@2:1; tenantsh: ExpectedValueExpression@3:9 MissingEndParenthesisInExpression@1:8 MissingEqualsInHashLiteral@2:9',
};
