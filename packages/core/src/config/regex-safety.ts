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

/** a user pattern ran past its time budget (thrown by the Node matcher, regex-budget.ts) */
export class PatternTimeout extends Error {}
