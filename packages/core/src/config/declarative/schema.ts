/**
 * One declarative rule as a JSON Schema, built from the common fields and
 * each kind's own: the compiler checks a rule against its kind's schema, and
 * schemas/rule.schema.json is this same object written out.
 */
import type { JsonSchema } from '../option-schema.js';
import { COMMON_FIELDS } from './fields.js';
import type { DeclarativeKind } from './kind.js';
import { DECLARATIVE_TYPES, KINDS } from './kinds/index.js';

const REQUIRED_COMMON: Record<string, string> = {
  id: '须写明规则 id，如 “county/agency-name”',
  type: `须写明 type（${DECLARATIVE_TYPES.join('、')} 之一）`,
};

export const TYPE_FIELD: JsonSchema = {
  type: 'string',
  enum: DECLARATIVE_TYPES,
  description: '规则的种类',
  errorMessage: `只能是 ${DECLARATIVE_TYPES.join('、')} 之一，实际是 {{value}}`,
};

/**
 * The schema of one rule of this kind. Within RULE_SCHEMA the common fields
 * are checked once, at its top: here they are only named (`common: 'named'`).
 */
export function kindSchema(kind: DeclarativeKind, common: 'checked' | 'named' = 'checked'): JsonSchema {
  const commonFields = common === 'checked' ? COMMON_FIELDS : Object.fromEntries(Object.keys(COMMON_FIELDS).map((key) => [key, {}]));
  const properties: Record<string, JsonSchema> = { ...commonFields, type: { const: kind.type, description: kind.description }, ...kind.fields };
  const required = ['id', 'type', ...(kind.required ?? [])];
  return {
    type: 'object',
    required,
    properties,
    additionalProperties: false,
    errorMessage: {
      type: '每条自定义规则应为一个对象（id、type、…）',
      additionalProperties: `不是 ${kind.type} 规则的字段（可用：${Object.keys(properties).join('、')}）`,
      required: Object.fromEntries(required.map((key) => [key, REQUIRED_COMMON[key] ?? `须写明 ${key}${kind.fields[key]?.description ? `（${kind.fields[key].description}）` : ''}`])),
    },
  };
}

/** any declarative rule: the kind named by `type` decides the fields */
export const RULE_SCHEMA: JsonSchema = {
  title: 'xxgk-lint 自定义规则',
  description: '一条不写代码的规则（customRules 中的一项，或规则目录 rules/*.yml 中的一条）',
  type: 'object',
  required: ['id', 'type'],
  properties: { ...COMMON_FIELDS, type: TYPE_FIELD },
  allOf: Object.values(KINDS).map((kind) => ({ if: { properties: { type: { const: kind.type } }, required: ['type'] }, then: kindSchema(kind, 'named') })),
  errorMessage: { type: '每条自定义规则应为一个对象（id、type、…）', required: REQUIRED_COMMON },
};

/** a rule YAML file holds one rule or a list of them */
export const RULE_FILE_SCHEMA: JsonSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://xxgk-lint.dev/schemas/rule.schema.json',
  title: RULE_SCHEMA.title,
  description: `${RULE_SCHEMA.description}；一个文件可以写一条或一组`,
  anyOf: [{ $ref: '#/definitions/rule' }, { type: 'array', items: { $ref: '#/definitions/rule' } }],
  definitions: { rule: RULE_SCHEMA },
};
