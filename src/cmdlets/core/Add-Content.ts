import { contentCmdlet } from '../shared/files/contentCmdlet.js';

/** Add-Content: appends the given values to a file (creating it), one line each. */
export default contentCmdlet('Add-Content', 'Adds content to the specified items, such as adding words to a file.');
