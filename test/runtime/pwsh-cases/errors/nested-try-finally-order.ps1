# errors: nested finally blocks run from the inside out (about_Try_Catch_Finally)
try {
    try { throw 'deep' } finally { 'inner finally' }
} catch { "outer catch: $_" } finally { 'outer finally' }
