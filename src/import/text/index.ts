export { parseRoleText } from './parseRoleText';
export type { ParseRoleTextOptions, ParseRoleTextResult, TextImportWarning, TextImportWarningCode } from './types';
export type { TextLanguage } from './language';
