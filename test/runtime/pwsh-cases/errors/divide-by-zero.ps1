# errors: integer division by zero raises a RuntimeException wrapping DivideByZeroException (about_Arithmetic_Operators)
try { 1 / 0 } catch {
    $_.Exception.GetType().Name
    $_.Exception.Message
}
