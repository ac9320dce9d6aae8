import type { Range } from '@xxgk-lint/core';
import { defineRule } from '@xxgk-lint/core';
import { docsUrl } from '../docs.js';
import type { ProtectedEntry } from '../fixed-phrases.js';
import type { Edit } from '../one-edit.js';
import { editAt } from '../one-edit.js';
import { firstCharIndex, protectedSet, sharedIndex } from '../protected-names.js';
import { scanProse } from '../scan.js';

interface Options {
  /** more fixed phrases to protect (four characters or more) */
  phrases: string[];
  /** more names to protect, as the body's own name is (e.g. its superior bodies) */
  names: string[];
}

type MessageIds = 'country' | 'title' | 'body' | 'place' | 'phrase';

interface Candidate {
  start: number;
  entry: ProtectedEntry;
  edit: Edit;
}

/** titles carry their closing 》 (see fixed-phrases.ts); the message names the words */
const shown = (s: string) => s.replace(/》$/, '');

function describe(edit: Edit, entry: string, written: string): string {
  const at = edit.at;
  if (edit.kind === 'substitution') return `“${entry[at]}”误写为“${written[at]}”`;
  if (edit.kind === 'transposition') return `“${entry.slice(at, at + 2)}”写颠倒了`;
  if (edit.kind === 'deletion') return `少了“${edit.missing}”`;
  return `多了“${written[at]}”`;
}

export const nameTypo = defineRule<Options, MessageIds>({
  meta: {
    type: 'problem',
    defaultSeverity: 'error',
    hasSuggestions: true,
    docs: {
      description: '国名、本机关名称、所引法规文件名称和固定用语错一个字（“截止目前”“受理渠”“政府信息公开条列”）',
      url: docsUrl('name-typo'),
      basis: [
        '《政府网站与政务新媒体检查指标》：国名、机构名称、领导人姓名等错误属“严重表述错误”，单项否决',
        '《党政机关公文处理工作条例》第二十四条（文字准确、规范）',
      ],
      category: 'writing',
    },
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        phrases: { type: 'array', items: { type: 'string' }, description: '另外要保护的固定用语（四字以上）' },
        names: { type: 'array', items: { type: 'string' }, description: '另外要保护的机关名称（如上级机关的全称，六字以上）' },
      },
    },
    defaultOptions: { phrases: [], names: [] },
    messages: {
      country: '国名写错了：“{{written}}”应为“{{intended}}”（{{edit}}），请改正。',
      title: '所引文件的名称写错了：“{{written}}”应为“{{intended}}”（{{edit}}），请按文件原名改正。',
      body: '机关名称写错了：“{{written}}”应为“{{intended}}”（{{edit}}；{{source}}写作“{{intended}}”），请改正。',
      place: '地名写错了：“{{written}}”应为“{{intended}}”（{{edit}}；{{source}}写作“{{intended}}”），请改正。',
      phrase: '“{{written}}”应为“{{intended}}”（{{edit}}），请改正。',
    },
  },
  create(context) {
    return {
      'Report:exit'(report) {
        const { shared, own } = protectedSet(report, context.options);
        const common = sharedIndex(shared);
        const mine = own.length > 0 ? firstCharIndex(own) : undefined;
        const starts = common.starts;
        const ownStarts = mine?.starts;
        const scan = scanProse(context);
        const text = scan.prose.value;
        const map = scan.prose.map;
        const source = context.sourceCode.text;
        const flattened = Object.values(report.tables).flatMap((t) => (t?.found === 'flattened' ? [t.range] : []));
        const outside = (ranges: readonly Range[], offset: number) => !ranges.some(([s, e]) => offset >= s && offset < e);
        /** coverEnd[p]: the furthest end of the exact matches that cover p */
        const coverEnd = new Int32Array(text.length + 1);
        const exactCount = new Map<ProtectedEntry, number>();
        const candidates: Candidate[] = [];
        // one pass; at each offset only the entries starting with its character (see one-edit.ts for the bound)
        for (let i = 0; i < text.length; i++) {
          const code = text.charCodeAt(i);
          const bit = 1 << (code & 31);
          const inShared = (starts[code >>> 5] & bit) !== 0;
          const inOwn = ownStarts !== undefined && (ownStarts[code >>> 5] & bit) !== 0;
          if (!inShared && !inOwn) continue;
          // the shared entries before the report's own, as one list of all of them would order them
          const sharedHere = inShared ? common.byFirst.get(code) : undefined;
          const ownHere = inOwn ? mine!.byFirst.get(code) : undefined;
          if (sharedHere) visit(i, sharedHere);
          if (ownHere) visit(i, ownHere);
        }
        function visit(i: number, here: readonly ProtectedEntry[]) {
          for (const entry of here) {
            const edit = editAt(text, i, entry);
            if (edit === undefined) continue;
            if (edit === 'exact') {
              for (let j = i; j < i + entry.text.length; j++) coverEnd[j] = Math.max(coverEnd[j], i + entry.text.length);
              exactCount.set(entry, (exactCount.get(entry) ?? 0) + 1);
            } else if (!entry.legit?.includes(text.slice(i, i + edit.length))) {
              candidates.push({ start: i, entry, edit });
            }
          }
        }
        const repeatedCharOn = context.isEnabled('national/repeated-char');
        // counted once per written form: a text full of one variant is still read once per form
        const counted = new Map<string, number>();
        const occurrencesOf = (written: string) => {
          if (!counted.has(written)) counted.set(written, occurrences(text, written));
          return counted.get(written)!;
        };
        let lastEnd = 0;
        // longest entry first among those at one offset; no two findings overlap
        candidates.sort((x, y) => x.start - y.start || y.edit.length - x.edit.length);
        for (const { start, entry, edit } of candidates) {
          const end = start + edit.length;
          if (start < lastEnd) continue;
          const at = start + edit.at;
          // the slip's place is inside a correctly written entry: for a missing character, one that runs across the gap
          if (edit.kind === 'deletion' ? coverEnd[at - 1] > at : coverEnd[at] > at) continue;
          if (scan.skipped(start, end) || !outside(flattened, map[start]) || !outside(report.chrome, map[start])) continue;
          // a phrase cut short must visibly stop in the file itself ("受理渠。"), not at a line or paragraph break ("申⏎⏎请")
          if (edit.kind === 'deletion' && entry.kind === 'phrase' && source[map[end - 1] + 1] !== text[end]) continue;
          const written = text.slice(start, end);
          // a doubled character is national/repeated-char's ("中华人民共和和国")
          if (edit.kind === 'insertion' && repeatedCharOn && (written[edit.at] === written[edit.at - 1] || written[edit.at] === written[edit.at + 1])) continue;
          // the body's name must be the settled form: written so at least twice, and more often than the variant
          // (a name from the config is settled by the config)
          const settled = exactCount.get(entry) ?? 0;
          if ((entry.kind === 'body' || entry.kind === 'place') && entry.source !== '配置' && (settled < 2 || occurrencesOf(written) >= settled)) continue;
          lastEnd = end;
          const range = scan.range(start, end);
          context.report({
            messageId: entry.kind,
            data: { written: shown(written), intended: shown(entry.text), edit: describe(edit, entry.text, written), source: entry.source ?? '' },
            range,
            ...(entry.kind === 'country' || entry.kind === 'title' ? {} : { severity: 'warn' as const }),
            suggest: [{ desc: `改为“${shown(entry.text)}”`, fix: (fixer) => fixer.replaceTextRange(range, entry.text) }],
          });
        }
      },
    };
  },
});

function occurrences(text: string, needle: string): number {
  let n = 0;
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length)) n++;
  return n;
}
