import type { AnnualReport, PartNumber, Range } from '../../../model/types.js';
import type { NormalizedText } from '../../../text/normalize.js';
import type { RuleContext } from '../../../types.js';
import type { JsonSchema } from '../../option-schema.js';
import { flag, part, phrase, table, text } from '../fields.js';
import type { DeclarativeKind } from '../kind.js';
import { withinBudget } from '../kind.js';
import { interpolate } from '../messages.js';
import type { PatternMatcher } from '../patterns.js';
import { compilePatterns, proseMatches } from '../patterns.js';
import { parsePart, scopeName, scopeText, subSection, tableNumber } from '../scope.js';
import type { ItemSpec, SpecLocation } from '../spec.js';
import { fail } from '../spec.js';

const ITEM: JsonSchema = {
  type: 'object',
  required: ['name', 'phrase'],
  additionalProperties: false,
  properties: {
    name: { type: 'string', minLength: 1, description: '这一项的名称，消息中的 {{item}}', errorMessage: '应为这一项的名称（文字）' },
    phrase,
    section: {
      type: 'object',
      description: '只在规则所在部分的第（number）小节里找，小节标题须含 title',
      required: ['number', 'title'],
      additionalProperties: false,
      properties: {
        number: { type: 'integer', minimum: 1, maximum: 99, errorMessage: '应为小节的序号，如 1 表示（一）' },
        title: { type: 'string', minLength: 1, errorMessage: '应为小节标题中的文字，如 主动公开' },
      },
      errorMessage: { type: '应为对象 {number, title}', required: '须写明 number 和 title', additionalProperties: '只能有 number、title' },
    },
    skipIfTable: { ...flag, description: '范围里有表格时不检查这一项（数字可能在表里）' },
    message: text,
    messageId: { type: 'string', pattern: '^[A-Za-z][A-Za-z0-9]*$', errorMessage: '应为英文字母开头的标识' },
    maxSeverity: { type: 'string', enum: ['info', 'warn'], description: '这一项的问题最高报到这个级别' },
  },
  errorMessage: {
    type: '每一项应为对象 {name, phrase}',
    required: { name: '须写明 name（这一项的名称）', phrase: '须写明 phrase（文字或列表）' },
    additionalProperties: '不是 items 的字段（可用：name、phrase、section、skipIfTable、message、messageId、maxSeverity）',
  },
};

interface CompiledItem extends ItemSpec {
  patterns: RegExp[];
  index: number;
}

/** a `min` count of matches in prose, stopping once reached */
function countUpTo(patterns: RegExp[], scope: NormalizedText, report: AnnualReport, matcher: PatternMatcher, min: number): number {
  let count = 0;
  for (const re of patterns) {
    const matches = proseMatches(re, scope, report, matcher);
    while (!matches.next().done) if (++count >= min) return count;
  }
  return count;
}

/** a table written in the scope (tab-separated or "|" rows) */
function hasTable(source: string, range: Range): boolean {
  return /[|\t]/.test(source.slice(range[0], range[1]));
}

/** a word or pattern that must appear (at least `min` times), or a list of `items` each required */
export const requirePhrase: DeclarativeKind = {
  type: 'require-phrase',
  description: '必须出现某个词或模式（至少 min 次）；items 列出几项，缺哪项报哪项',
  fields: {
    phrase,
    items: { type: 'array', minItems: 1, items: ITEM, description: '须写到的几项，各自 {name, phrase}', errorMessage: { type: '应为列表', minItems: '至少一项' } },
    missingItems: { type: 'string', enum: ['each', 'together'], description: 'each 每缺一项报一条（默认）；together 合为一条，{{items}} 列出所缺各项' },
    itemsOption: { type: 'string', pattern: '^[A-Za-z][A-Za-z0-9]*$', description: '规则选项名：用户可用它选出要检查的几项（默认全部）' },
    at: { ...part, description: '缺少时报告在这一部分的标题处（没有这一部分时在报告标题处）' },
    regex: flag,
    ignoreCase: flag,
    min: { type: 'integer', minimum: 1, errorMessage: '应为不小于 1 的整数' },
    part,
    table,
  },
  create({ spec, loc, matcher, runsOn, meta }) {
    if ((spec.phrase === undefined) === (spec.items === undefined)) fail(loc, 'phrase', '须写明 phrase 或 items（二者选一）');
    const partNo = parsePart(spec.part);
    const tableNo = tableNumber(spec.table);
    const at = parsePart(spec.at);
    const min = spec.min ?? 1;
    const where = scopeName(partNo, tableNo);
    const messages: Record<string, string> = {};
    const items = compileItems(spec.items, spec, loc, partNo);
    const phraseText = [spec.phrase].flat().join('”或“');
    const plain = spec.phrase !== undefined ? compilePatterns(spec.phrase, spec, loc, ['phrase']) : [];
    const together = spec.missingItems === 'together';
    const template = spec.message ?? (spec.items ? `${where}应写明“${together ? '{{items}}' : '{{item}}'}”。` : `${where}应写明“{{expected}}”。`);
    const mainId = spec.messageId ?? 'missing';
    messages[mainId] = template;
    for (const item of items) if (item.message) messages[item.messageId ?? `item${item.index}`] = item.message;
    const names = [...new Set(items.map((i) => i.name))];
    const options = spec.itemsOption
      ? {
          schema: {
            type: 'object' as const,
            additionalProperties: false,
            properties: { [spec.itemsOption]: { type: 'array' as const, items: { type: 'string' as const, enum: names }, description: '须写到的几项（默认全部）' } },
          },
          defaultOptions: { [spec.itemsOption]: names },
        }
      : undefined;
    const description = spec.items ? `${where}写到${names.join('、')}` : `${where}须出现“${phraseText}”`;

    const position = (report: AnnualReport): Range => {
      if (at) return report.part(at)?.heading.range ?? report.metadata.title?.range ?? [0, 0];
      return (partNo ? report.part(partNo)?.heading.range : undefined) ?? [0, 0];
    };

    return {
      meta: meta({ description, messages, options }),
      create(context) {
        return {
          Report(report) {
            if (!runsOn(report)) return;
            const source = context.sourceCode.text;
            const scope = scopeText(report, partNo, tableNo, source);
            const year = report.metadata.year ?? '';
            withinBudget(context, spec.id, () => {
              if (!spec.items) {
                const count = scope ? countUpTo(plain, scope, report, matcher, min) : 0;
                if (count < min) context.report({ message: interpolate(template, { expected: phraseText, count, min, year }), messageId: spec.messageId, range: position(report) });
                return;
              }
              const selected = selectedItems(items, context, spec.itemsOption);
              const missing: string[] = [];
              for (const item of selected) {
                const outcome = judgeItem(item, report, source, scope, partNo, matcher, min);
                if (outcome === 'found' || outcome === 'not judged') continue;
                if (!item.message && together) {
                  missing.push(item.name);
                  continue;
                }
                const range = outcome === 'missing' ? position(report) : outcome.heading;
                const heading = outcome === 'missing' ? '' : source.slice(outcome.heading[0], outcome.heading[1]);
                context.report({
                  message: interpolate(item.message ?? template, { item: item.name, heading, min, year }),
                  messageId: item.message ? item.messageId : spec.messageId,
                  range,
                  severity: item.maxSeverity,
                });
              }
              if (missing.length > 0) {
                // “{{items}}” in a message quotes each item: 工作考核”“社会评议
                context.report({ message: interpolate(template, { items: missing.join('”“'), year }), messageId: spec.messageId, range: position(report) });
              }
            });
          },
        };
      },
    };
  },
};

function compileItems(list: ItemSpec[] | undefined, spec: { regex?: boolean; ignoreCase?: boolean }, loc: SpecLocation, partNo: PartNumber | undefined): CompiledItem[] {
  return (list ?? []).map((item, index) => {
    if (item.section && !partNo) fail(loc, ['items', index, 'section'], '小节须在某一部分之内：请同时写明 part');
    if (item.messageId && !item.message) fail(loc, ['items', index, 'messageId'], '写了 messageId 的项须写明自己的 message');
    return { ...item, index, patterns: compilePatterns(item.phrase, spec, loc, ['items', index, 'phrase']) };
  });
}

function selectedItems(items: CompiledItem[], context: RuleContext, option: string | undefined): CompiledItem[] {
  if (!option) return items;
  const chosen = context.options[option];
  return Array.isArray(chosen) ? items.filter((i) => chosen.includes(i.name)) : items;
}

/** found, missing from the scope, missing from its sub-section (at its heading), or not judged */
function judgeItem(
  item: CompiledItem,
  report: AnnualReport,
  source: string,
  scope: NormalizedText | null,
  partNo: PartNumber | undefined,
  matcher: PatternMatcher,
  min: number,
): 'found' | 'missing' | 'not judged' | { heading: Range } {
  if (item.section) {
    const body = report.part(partNo!)?.bodyRange;
    const section = body && subSection(source, body, item.section.number, item.section.title);
    if (!section || (item.skipIfTable && hasTable(source, section.range))) return 'not judged';
    return countUpTo(item.patterns, report.proseIn(section.range), report, matcher, min) >= min ? 'found' : { heading: section.heading };
  }
  if (item.skipIfTable && partNo) {
    const body = report.part(partNo)?.bodyRange;
    if (body && hasTable(source, body)) return 'not judged';
  }
  if (!scope) return 'missing';
  return countUpTo(item.patterns, scope, report, matcher, min) >= min ? 'found' : 'missing';
}
