import type { Table3, Table4 } from '../types.js';
import { table3Arithmetic } from './table3-arithmetic.js';
import { table4Arithmetic } from './table4-arithmetic.js';

/**
 * The identities of tables 三 and 四, for every rule to read: evaluated on
 * first read, once (a run whose rules never read them does not pay for the
 * solver). Only a table read with confidence has them: a low-confidence or
 * truncated one has rows that may be misplaced or missing.
 */
export function addArithmetic(tables: { table3?: Table3; table4?: Table4 }): void {
  const { table3, table4 } = tables;
  if (table3?.confidence === 'high') defineOnFirstRead(table3, 'arithmetic', () => table3Arithmetic(table3));
  if (table4?.confidence === 'high') defineOnFirstRead(table4, 'arithmetic', () => table4Arithmetic(table4));
}

/** an enumerable property computed on its first read and kept (it can still be set, as a plain property could) */
function defineOnFirstRead<T extends object, K extends keyof T>(target: T, key: K, compute: () => T[K]): void {
  let value: T[K] | undefined;
  let done = false;
  Object.defineProperty(target, key, {
    enumerable: true,
    configurable: true,
    get() {
      if (!done) {
        value = compute();
        done = true;
      }
      return value;
    },
    set(next: T[K]) {
      Object.defineProperty(target, key, { value: next, enumerable: true, configurable: true, writable: true });
    },
  });
}
