/** Where the accessibility statement lives; the same address in every language, as printed links stay valid. */
export const STATEMENT_PATH = '/barrierefreiheit';
