export { addArithmetic } from './arithmetic.js';
export { labelAgreement } from './label-agreement.js';
export { keepRowsBeforeCut } from './read-table3.js';
export { readTables } from './read-tables.js';
export type { ReadTables } from './read-tables.js';
