# errors: FullyQualifiedErrorId and CategoryInfo of a thrown string (about_Throw)
try { throw 'boom' } catch {
    $_.FullyQualifiedErrorId
    $_.CategoryInfo.Category
    $_.GetType().Name
}
