/**
 * The JSON Schemas of a declarative rule's fields: the common ones here, each
 * kind's own in its module. They check a rule when it is compiled and make up
 * schemas/rule.schema.json (scripts/write-schemas.mjs).
 */
import type { JsonSchema } from '../option-schema.js';

const PART_NAMES = ['一', '二', '三', '四', '五', '六'];

export const part: JsonSchema = {
  description: '限定在某一部分：一至六（或 1–6）',
  anyOf: [{ type: 'string', enum: PART_NAMES }, { type: 'integer', minimum: 1, maximum: 6 }],
  errorMessage: '应为一至六（或 1–6），实际是 {{value}}',
};

export const table: JsonSchema = {
  description: '限定在某张表：二、三 或 四（或 2–4）',
  anyOf: [{ type: 'string', enum: ['二', '三', '四'] }, { type: 'integer', minimum: 2, maximum: 4 }],
  errorMessage: '应为 二、三 或 四，实际是 {{value}}',
};

export const text: JsonSchema = { type: 'string', errorMessage: '应为文字' };

export const phrase: JsonSchema = {
  description: '文字（或文字列表，任一即可）；regex: true 时为正则表达式',
  anyOf: [
    { type: 'string', minLength: 1 },
    { type: 'array', minItems: 1, items: { type: 'string', minLength: 1 } },
  ],
  errorMessage: '应为非空的文字（或文字列表）',
};

export const flag: JsonSchema = { type: 'boolean', errorMessage: '应为 true 或 false' };

const BODY_KIND: JsonSchema = {
  type: 'string',
  enum: ['township', 'government', 'department'],
  errorMessage: '只能是 township、government、department 之一（乡镇/街道、县级以上人民政府、部门），实际是 {{value}}',
};
const YEAR: JsonSchema = { type: 'integer', minimum: 2008, maximum: 2100, errorMessage: '应为四位年份，如 2021' };
const PARTS: JsonSchema = { type: 'array', items: part, errorMessage: { type: '应为部分的列表，如 [一, 五]' } };

export const COMMON_FIELDS: Record<string, JsonSchema> = {
  id: { type: 'string', minLength: 1, description: '规则 id，带命名空间，如 county/agency-name', errorMessage: '须写明规则 id，如 “county/agency-name”' },
  type: { type: 'string', description: '规则的种类' },
  message: { type: 'string', description: '报告的文字，可用 {{占位}}', errorMessage: '应为文字' },
  messageId: { type: 'string', pattern: '^[A-Za-z][A-Za-z0-9]*$', description: '报告的 messageId（默认不带）', errorMessage: '应为英文字母开头的标识，如 missing' },
  severity: {
    description: '默认级别（默认 warn）',
    enum: ['off', 'info', 'warn', 'error', 0, 1, 2],
    errorMessage: '只能是 off、info、warn、error（或 0、1、2），实际是 {{value}}',
  },
  description: { type: 'string', description: '一句话说明（同 docs.description）', errorMessage: '应为文字' },
  docs: {
    type: 'object',
    additionalProperties: false,
    properties: {
      description: text,
      url: { type: 'string', description: '文档页：网址，或相对于规则文件的路径', errorMessage: '应为文字' },
      basis: { type: 'array', items: text, errorMessage: { type: '应为依据的列表' } },
      category: { type: 'string', enum: ['structure', 'template', 'arithmetic', 'consistency', 'fees', 'contact', 'writing', 'privacy'] },
    },
    errorMessage: { type: '应为对象（description、url、basis）', additionalProperties: '不是 docs 的字段（可用：description、url、basis、category）' },
  },
  when: {
    type: 'object',
    description: '只检查元数据相符的报告',
    additionalProperties: false,
    properties: {
      bodyKind: { description: '主体类型（或列表）；主体类型不明的报告不检查', anyOf: [BODY_KIND, { type: 'array', minItems: 1, items: BODY_KIND }] },
      yearFrom: { ...YEAR, description: '报告年度不早于' },
      yearTo: { ...YEAR, description: '报告年度不晚于' },
      unknownYear: { type: 'string', enum: ['run', 'skip'], description: '年度不明的报告：run 照常检查（默认），skip 不检查' },
      hasParts: { ...PARTS, description: '报告有这些部分时才检查' },
      partsInFull: { ...PARTS, description: '这些部分完整（节选没有截掉）时才检查' },
    },
    errorMessage: { type: '应为对象（bodyKind、yearFrom、yearTo、unknownYear、hasParts、partsInFull）', additionalProperties: '不是 when 的字段（可用：bodyKind、yearFrom、yearTo、unknownYear、hasParts、partsInFull）' },
  },
  examples: {
    type: 'object',
    additionalProperties: false,
    properties: {
      valid: { type: 'array', items: text, errorMessage: { type: '应为文字的列表' } },
      invalid: {
        type: 'array',
        items: {
          anyOf: [
            text,
            { type: 'object', required: ['text'], additionalProperties: false, properties: { text, output: text }, errorMessage: { required: '须写明 text', additionalProperties: '只能有 text、output' } },
          ],
        },
        errorMessage: { type: '应为列表' },
      },
    },
    errorMessage: { type: '应为对象（valid、invalid）', additionalProperties: '只能有 valid、invalid' },
  },
};
