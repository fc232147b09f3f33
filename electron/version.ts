// Kept in step with package.json by a unit test; a constant so bundles need not read package.json at run time.
export const APP_VERSION = '0.1.0';
export const APP_NAME = 'Verbatim';
