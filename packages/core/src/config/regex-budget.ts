import vm from 'node:vm';
import { PatternTimeout } from './regex-safety.js';

/**
 * All matches of a user pattern, under a time budget: vm's watchdog stops a
 * regex that runs past it, so a bad pattern can never hang a run.
 */
const sandbox: { re?: RegExp; text?: string } = {};
let context: vm.Context | undefined;
const MATCH_ALL = new vm.Script('Array.from(text.matchAll(re), (m) => ({ index: m.index, text: m[0] }))');

export function matchAllWithBudget(re: RegExp, text: string, budgetMs: number): { index: number; text: string }[] {
  context ??= vm.createContext(sandbox);
  sandbox.re = re;
  sandbox.text = text;
  try {
    return MATCH_ALL.runInContext(context, { timeout: budgetMs }) as { index: number; text: string }[];
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') throw new PatternTimeout();
    throw error;
  } finally {
    sandbox.re = undefined;
    sandbox.text = undefined;
  }
}
