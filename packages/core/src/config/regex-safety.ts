import vm from 'node:vm';

/**
 * Static check for patterns that backtrack catastrophically: an unbounded
 * quantifier applied to a group that itself contains an unbounded quantifier
 * ("(a+)+", "(\\w*x*)*"), or a back-reference inside a repeated group.
 * Returns the reason (Chinese) or null.
 */
export function unsafePatternReason(pattern: string): string | null {
  const stack: { unbounded: boolean; backref: boolean }[] = [{ unbounded: false, backref: false }];
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === '\\') {
      if (!inClass && /[1-9k]/.test(pattern[i + 1] ?? '')) stack[stack.length - 1].backref = true;
      i++;
      if (!inClass && isUnboundedQuantifierAt(pattern, i + 1)) stack[stack.length - 1].unbounded = true;
      continue;
    }
    if (inClass) {
      if (ch === ']') {
        inClass = false;
        if (isUnboundedQuantifierAt(pattern, i + 1)) stack[stack.length - 1].unbounded = true;
      }
      continue;
    }
    if (ch === '[') {
      inClass = true;
      continue;
    }
    if (ch === '(') {
      stack.push({ unbounded: false, backref: false });
      continue;
    }
    if (ch === ')') {
      const group = stack.pop() ?? { unbounded: false, backref: false };
      if (stack.length === 0) stack.push({ unbounded: false, backref: false });
      if (isUnboundedQuantifierAt(pattern, i + 1)) {
        if (group.unbounded) return '嵌套的重复（如“(a+)+”）可能导致灾难性回溯';
        if (group.backref) return '重复的分组里含反向引用，可能导致灾难性回溯';
        stack[stack.length - 1].unbounded = true;
      } else {
        stack[stack.length - 1].unbounded ||= group.unbounded;
        stack[stack.length - 1].backref ||= group.backref;
      }
      continue;
    }
    if (isUnboundedQuantifierAt(pattern, i + 1) && ch !== '|') stack[stack.length - 1].unbounded = true;
  }
  return null;
}

function isUnboundedQuantifierAt(pattern: string, i: number): boolean {
  const ch = pattern[i];
  if (ch === '+' || ch === '*') return true;
  if (ch === '{') return /^\{\d*,\}/.test(pattern.slice(i)) || /^\{\d+,\d{3,}\}/.test(pattern.slice(i));
  return false;
}

export class PatternTimeout extends Error {}

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
