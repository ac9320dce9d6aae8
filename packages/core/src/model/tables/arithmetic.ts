import type { Table3, Table4 } from '../types.js';
import { table3Arithmetic } from './table3-arithmetic.js';
import { table4Arithmetic } from './table4-arithmetic.js';

/**
 * Evaluate the identities of tables 三 and 四 once, for every rule to read.
 * Only a table read with confidence is checked: a low-confidence or
 * truncated one has rows that may be misplaced or missing.
 */
export function addArithmetic(tables: { table3?: Table3; table4?: Table4 }): void {
  const { table3, table4 } = tables;
  if (table3?.confidence === 'high') table3.arithmetic = table3Arithmetic(table3);
  if (table4?.confidence === 'high') table4.arithmetic = table4Arithmetic(table4);
}
