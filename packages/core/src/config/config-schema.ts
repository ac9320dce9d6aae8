/**
 * The config file (.xxgklintrc, .xxgklintrc.yml, package.json "xxgklint") as
 * a JSON Schema: the loader checks every config against it (shape.ts), and
 * schemas/xxgklintrc.schema.json is this object written out for editors.
 */
import { BATCH_SCHEMA } from './batch-schema.js';
import { RULE_SCHEMA } from './declarative/index.js';
import type { JsonSchema } from './option-schema.js';

const SEVERITY_WORDS = '级别只能是 off、info、warn、error（或 0、1、2），实际是 {{value}}';

const SEVERITY: JsonSchema = {
  type: ['string', 'integer'],
  enum: ['off', 'info', 'warn', 'error', 0, 1, 2],
  description: '"off"（0）关闭；info 提示；warn（1）警告；error（2）错误',
  errorMessage: SEVERITY_WORDS,
};

const RULE_VALUE: JsonSchema = {
  description: '级别，或 [级别, {选项}]',
  anyOf: [
    { $ref: '#/definitions/severity' },
    {
      type: 'array',
      minItems: 1,
      items: [{ $ref: '#/definitions/severity' }, { type: 'object', description: '规则的选项（见规则文档的“选项”一节）' }],
      additionalItems: false,
      errorMessage: '应写成 级别 或 [级别, {选项}]',
    },
  ],
};

const RULES: JsonSchema = {
  type: 'object',
  description: '规则 id: 级别，或 [级别, {选项}]',
  additionalProperties: { $ref: '#/definitions/ruleValue' },
  errorMessage: { type: '应为 “规则 id: 级别” 的对象' },
};

const STRING_LIST: JsonSchema = { type: 'array', items: { type: 'string' } };

const SETTINGS: JsonSchema = {
  type: 'object',
  description: '报告的背景信息，规则会读取',
  properties: {
    bodyKind: {
      type: 'string',
      enum: ['township', 'government', 'department'],
      description: 'township 乡镇/街道；government 县级以上人民政府；department 部门',
      errorMessage: '只能是 township、government、department 之一（乡镇/街道、县级以上人民政府、部门）',
    },
    reportYear: { type: 'integer', minimum: 2008, description: '报告年度', errorMessage: '应为四位年份，如 2024' },
    region: {
      type: 'object',
      description: '所在地区',
      properties: { province: { type: 'string' }, city: { type: 'string' }, county: { type: 'string' } },
      errorMessage: '应为对象，如 {province: 四川省, county: xx县}',
    },
    ownPhones: { ...STRING_LIST, description: '本机关自己的电话（不当作个人电话）', errorMessage: '应为电话号码（文字）的列表' },
    deadlines: { type: 'object', description: '发布期限，如 {township: "02-20"}', errorMessage: '应为对象，如 {township: "02-20"}' },
  },
  errorMessage: { type: '应为对象' },
};

const CUSTOM_RULES: JsonSchema = {
  type: 'array',
  description: '不写代码的自定义规则',
  items: { $ref: '#/definitions/rule' },
  errorMessage: { type: '应为规则的列表' },
};

const OVERRIDE: JsonSchema = {
  type: 'object',
  required: ['files'],
  additionalProperties: false,
  properties: {
    files: {
      description: '文件模式（相对于配置文件所在目录）',
      anyOf: [{ type: 'string' }, STRING_LIST],
      errorMessage: '须写明文件模式，如 ["乡镇/**"]',
    },
    rules: { $ref: '#/definitions/rules' },
    settings: { $ref: '#/definitions/settings' },
    customRules: { $ref: '#/definitions/customRules' },
  },
  errorMessage: {
    type: '应为对象（files、rules、settings、customRules）',
    required: '须写明文件模式，如 ["乡镇/**"]',
    additionalProperties: '不是 overrides 的配置项（可用：files、rules、settings、customRules）',
  },
};

export const CONFIG_SCHEMA: JsonSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://xxgk-lint.dev/schemas/xxgklintrc.schema.json',
  title: 'xxgk-lint 配置',
  description: '政府信息公开工作年度报告检查工具 xxgk-lint 的配置文件（.xxgklintrc.yml 等）',
  type: 'object',
  additionalProperties: false,
  properties: {
    $schema: { type: 'string' },
    root: { type: 'boolean', description: '不再向上查找配置', errorMessage: '应为 true 或 false' },
    extends: {
      description: '依次继承（从左到右）：规则包、规则包的命名配置、另一个配置文件、规则目录',
      anyOf: [{ type: 'string' }, STRING_LIST],
      errorMessage: '应为文字或文字列表',
    },
    rules: { $ref: '#/definitions/rules' },
    settings: { $ref: '#/definitions/settings' },
    customRules: { $ref: '#/definitions/customRules' },
    overrides: { type: 'array', description: '只对匹配的文件生效', items: OVERRIDE, errorMessage: { type: '应为列表' } },
    ignores: { ...STRING_LIST, description: '不检查的文件模式', errorMessage: '应为文件模式的列表' },
    batch: BATCH_SCHEMA,
  },
  errorMessage: {
    type: '配置应为一个对象（键: 值）',
    additionalProperties: '不是配置项（可用：root、extends、rules、settings、customRules、overrides、ignores、batch）',
  },
  definitions: {
    severity: SEVERITY,
    ruleValue: RULE_VALUE,
    rules: RULES,
    settings: SETTINGS,
    customRules: CUSTOM_RULES,
    rule: RULE_SCHEMA,
  },
};
