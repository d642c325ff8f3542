import { contentCmdlet } from '../shared/files/contentCmdlet.js';

/** Set-Content: replaces a file's content with the given values, one line each. */
export default contentCmdlet('Set-Content', 'Writes new content or replaces existing content in a file.');
