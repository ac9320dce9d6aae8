/**
 * The in-house JSON Schema checker (draft-07 subset) behind every config
 * check: rule options, the shape of .xxgklintrc, declarative rules. Its
 * messages are Chinese; a schema node may carry `errorMessage` (a string, or
 * one per keyword as ajv-errors and VS Code read it), where {{value}} is the
 * value found.
 */

export type SchemaType = 'object' | 'array' | 'string' | 'number' | 'integer' | 'boolean' | 'null';

export interface JsonSchema {
  $schema?: string;
  $id?: string;
  $ref?: string;
  definitions?: Record<string, JsonSchema>;
  title?: string;
  description?: string;
  markdownDescription?: string;
  type?: SchemaType | readonly SchemaType[];
  properties?: Record<string, JsonSchema>;
  required?: readonly string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema | readonly JsonSchema[];
  additionalItems?: boolean;
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  pattern?: string;
  enum?: readonly (string | number | boolean)[];
  const?: string | number | boolean;
  minimum?: number;
  maximum?: number;
  anyOf?: readonly JsonSchema[];
  allOf?: readonly JsonSchema[];
  if?: JsonSchema;
  then?: JsonSchema;
  default?: unknown;
  examples?: unknown[];
  errorMessage?: string | ErrorMessages;
}

/** per-keyword messages; `required` may name one message per missing key */
export type ErrorMessages = Partial<Record<Exclude<keyof JsonSchema, 'required'>, string>> & { required?: string | Record<string, string> };

export type SchemaPath = (string | number)[];

export interface SchemaProblem {
  path: SchemaPath;
  problem: string;
}

const TYPE_NAMES: Record<SchemaType, string> = {
  object: '对象',
  array: '列表',
  string: '文字',
  number: '数字',
  integer: '整数',
  boolean: 'true 或 false',
  null: '空',
};

function typeOk(value: unknown, type: SchemaType): boolean {
  switch (type) {
    case 'object':
      return typeof value === 'object' && value !== null && !Array.isArray(value);
    case 'array':
      return Array.isArray(value);
    case 'integer':
      return Number.isInteger(value);
    case 'null':
      return value === null;
    default:
      return typeof value === type;
  }
}

function typesOf(schema: JsonSchema): readonly SchemaType[] | undefined {
  return schema.type === undefined ? undefined : typeof schema.type === 'string' ? [schema.type] : schema.type;
}

function shown(value: unknown): string {
  return JSON.stringify(value) ?? String(value);
}

/** the schema's own message for a keyword, else the default */
function message(schema: JsonSchema, keyword: keyof ErrorMessages, value: unknown, fallback: string): string {
  const custom = typeof schema.errorMessage === 'string' ? schema.errorMessage : schema.errorMessage?.[keyword];
  const text = typeof custom === 'string' ? custom : fallback;
  return text.replace(/\{\{\s*value\s*\}\}/g, shown(value));
}

class Checker {
  constructor(private readonly root: JsonSchema) {}

  private resolve(schema: JsonSchema): JsonSchema {
    if (!schema.$ref) return schema;
    const match = /^#\/definitions\/(.+)$/.exec(schema.$ref);
    const target = match ? this.root.definitions?.[match[1]] : undefined;
    if (!target) throw new Error(`schema: unresolved $ref ${schema.$ref}`);
    return this.resolve(target);
  }

  check(value: unknown, given: JsonSchema, path: SchemaPath): SchemaProblem | null {
    const schema = this.resolve(given);
    const fail = (keyword: keyof ErrorMessages, fallback: string, at: SchemaPath = path): SchemaProblem => ({ path: at, problem: message(schema, keyword, value, fallback) });
    const types = typesOf(schema);
    if (types && !types.some((t) => typeOk(value, t))) return fail('type', `应为${types.map((t) => TYPE_NAMES[t]).join('或')}，实际是 ${shown(value)}`);
    if (schema.const !== undefined && value !== schema.const) return fail('const', `只能是 ${shown(schema.const)}，实际是 ${shown(value)}`);
    if (schema.enum && !schema.enum.includes(value as never)) {
      return fail('enum', `只能是 ${schema.enum.map((e) => shown(e)).join('、')} 之一，实际是 ${shown(value)}`);
    }
    if (schema.anyOf) {
      const found = this.anyOf(value, schema.anyOf, path);
      if (found) return typeof schema.errorMessage === 'string' || schema.errorMessage?.anyOf ? fail('anyOf', found.problem, found.path) : found;
    }
    for (const part of schema.allOf ?? []) {
      const found = this.check(value, part, path);
      if (found) return found;
    }
    if (schema.if && schema.then && this.check(value, schema.if, path) === null) {
      const found = this.check(value, schema.then, path);
      if (found) return found;
    }
    if (typeof value === 'number') {
      if (schema.minimum !== undefined && value < schema.minimum) return fail('minimum', `不能小于 ${schema.minimum}`);
      if (schema.maximum !== undefined && value > schema.maximum) return fail('maximum', `不能大于 ${schema.maximum}`);
    }
    if (typeof value === 'string') {
      if (schema.minLength !== undefined && value.length < schema.minLength) return fail('minLength', value.length === 0 ? '不能是空的文字' : `至少 ${schema.minLength} 个字符`);
      if (schema.pattern !== undefined && !new RegExp(schema.pattern, 'u').test(value)) return fail('pattern', `写法不对：${shown(value)}`);
    }
    if (Array.isArray(value)) return this.array(value, schema, path, fail);
    if (typeOk(value, 'object')) return this.object(value as Record<string, unknown>, schema, path, fail);
    return null;
  }

  /** the branch meant is the one whose type fits the value: its problem says more than "fits none" */
  private anyOf(value: unknown, branches: readonly JsonSchema[], path: SchemaPath): SchemaProblem | null {
    const problems: SchemaProblem[] = [];
    for (const branch of branches) {
      const found = this.check(value, branch, path);
      if (!found) return null;
      problems.push(found);
    }
    const fitting = branches.map((b) => typesOf(this.resolve(b))).map((types, i) => (!types || types.some((t) => typeOk(value, t)) ? i : -1)).filter((i) => i >= 0);
    if (fitting.length === 1) return problems[fitting[0]];
    return { path, problem: `写法不对：${shown(value)}` };
  }

  private array(value: unknown[], schema: JsonSchema, path: SchemaPath, fail: (k: keyof ErrorMessages, f: string) => SchemaProblem): SchemaProblem | null {
    if (schema.minItems !== undefined && value.length < schema.minItems) return fail('minItems', `至少应有 ${schema.minItems} 项`);
    if (schema.maxItems !== undefined && value.length > schema.maxItems) return fail('maxItems', `最多只能有 ${schema.maxItems} 项`);
    const { items } = schema;
    if (Array.isArray(items)) {
      if (schema.additionalItems === false && value.length > items.length) return fail('additionalItems', `最多只能有 ${items.length} 项`);
    }
    for (let i = 0; i < value.length; i++) {
      const itemSchema = Array.isArray(items) ? items[i] : (items as JsonSchema | undefined);
      if (!itemSchema) continue;
      const found = this.check(value[i], itemSchema, [...path, i]);
      if (found) return found;
    }
    return null;
  }

  private object(record: Record<string, unknown>, schema: JsonSchema, path: SchemaPath, fail: (k: keyof ErrorMessages, f: string, at?: SchemaPath) => SchemaProblem): SchemaProblem | null {
    for (const key of schema.required ?? []) {
      if (key in record) continue;
      const custom = typeof schema.errorMessage === 'object' ? schema.errorMessage.required : undefined;
      const text = typeof custom === 'string' ? custom : custom?.[key];
      return { path: [...path, key], problem: text ?? `缺少必填项 “${key}”` };
    }
    for (const [key, v] of Object.entries(record)) {
      const sub = schema.properties?.[key];
      if (sub) {
        const found = this.check(v, sub, [...path, key]);
        if (found) return found;
      } else if (schema.additionalProperties === false) {
        return fail('additionalProperties', '不是这条规则的选项', [...path, key]);
      } else if (typeof schema.additionalProperties === 'object') {
        const found = this.check(v, schema.additionalProperties, [...path, key]);
        if (found) return found;
      }
    }
    return null;
  }
}

/** The first problem of a value against a schema, with its key path; null when it fits. */
export function findSchemaProblem(value: unknown, schema: JsonSchema, path: SchemaPath = [], root: JsonSchema = schema): SchemaProblem | null {
  return new Checker(root).check(value, schema, path);
}

/** The same for rule options, the path written "rule-id.key[0]" (as config errors name it). */
export function checkAgainstSchema(value: unknown, schema: JsonSchema, path: string): { path: string; problem: string } | null {
  const found = findSchemaProblem(value, schema);
  if (!found) return null;
  return { path: found.path.reduce<string>((out, k) => (typeof k === 'number' ? `${out}[${k}]` : `${out}.${k}`), path), problem: found.problem };
}
