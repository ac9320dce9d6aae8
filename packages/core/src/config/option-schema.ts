import type { OptionSchema } from '../types.js';

const TYPE_NAMES: Record<NonNullable<OptionSchema['type']>, string> = {
  object: '对象',
  array: '列表',
  string: '文字',
  number: '数字',
  integer: '整数',
  boolean: 'true 或 false',
};

function typeOk(value: unknown, type: NonNullable<OptionSchema['type']>): boolean {
  switch (type) {
    case 'object':
      return typeof value === 'object' && value !== null && !Array.isArray(value);
    case 'array':
      return Array.isArray(value);
    case 'integer':
      return Number.isInteger(value);
    default:
      return typeof value === type;
  }
}

/** The first problem of a value against a schema, in Chinese, with its key path; null when it fits. */
export function checkAgainstSchema(value: unknown, schema: OptionSchema, path: string): { path: string; problem: string } | null {
  if (schema.type && !typeOk(value, schema.type)) {
    return { path, problem: `应为${TYPE_NAMES[schema.type]}，实际是 ${JSON.stringify(value)}` };
  }
  if (schema.enum && !schema.enum.includes(value as never)) {
    return { path, problem: `只能是 ${schema.enum.map((e) => JSON.stringify(e)).join('、')} 之一，实际是 ${JSON.stringify(value)}` };
  }
  if (typeof value === 'number') {
    if (schema.minimum !== undefined && value < schema.minimum) return { path, problem: `不能小于 ${schema.minimum}` };
    if (schema.maximum !== undefined && value > schema.maximum) return { path, problem: `不能大于 ${schema.maximum}` };
  }
  if (Array.isArray(value) && schema.items) {
    for (let i = 0; i < value.length; i++) {
      const found = checkAgainstSchema(value[i], schema.items, `${path}[${i}]`);
      if (found) return found;
    }
  }
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const record = value as Record<string, unknown>;
    for (const key of schema.required ?? []) {
      if (!(key in record)) return { path, problem: `缺少必填项 “${key}”` };
    }
    for (const [key, v] of Object.entries(record)) {
      const sub = schema.properties?.[key];
      if (!sub) {
        if (schema.additionalProperties === false) return { path: `${path}.${key}`, problem: '不是这条规则的选项' };
        continue;
      }
      const found = checkAgainstSchema(v, sub, `${path}.${key}`);
      if (found) return found;
    }
  }
  return null;
}
