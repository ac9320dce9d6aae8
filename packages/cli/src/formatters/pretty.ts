import path from 'node:path';
import { stripVTControlCharacters, styleText } from 'node:util';
import type { LintMessage, LintResult, RulesMeta } from '@xxgk-lint/core';
import { safeLinkUrl } from '@xxgk-lint/core';
import { displayWidth } from './display-width.js';
import { summarize } from '../format.js';
import { displayPath, excerptOf } from './common.js';
import { cutToWidth, foldToWidth } from './fold.js';
import { terminalSafe } from './terminal-text.js';

export interface PrettyOptions {
  /** the columns no line may pass (default: the terminal's width on a terminal, else no folding) */
  width?: number;
  /** environment that decides terminal hyperlinks (default process.env) */
  env?: Record<string, string | undefined>;
}

const SYMBOLS: Record<LintMessage['xxgkSeverity'], string> = {
  error: styleText('red', '✖'),
  warn: styleText('yellow', '⚠'),
  info: styleText('blue', 'ℹ'),
};

/** the continuation lines of a finding start under its message */
const INDENT = '    ';

/** formats whose line and column are the file's own, so an editor can jump to path:line:col */
const JUMPABLE = new Set(['.txt', '.text', '.md', '.markdown']);

/**
 * Terminal hyperlinks (OSC 8) where the terminal is known to show them, or
 * FORCE_HYPERLINK=1. Elsewhere the escape would print as noise.
 */
function hyperlinksSupported(env: Record<string, string | undefined>): boolean {
  const force = env.FORCE_HYPERLINK;
  if (force !== undefined) return force !== '0' && force !== 'false' && force !== '';
  if (!process.stdout.isTTY || env.CI) return false;
  if (env.WT_SESSION || env.KONSOLE_VERSION || env.TERM === 'xterm-kitty') return true;
  if (['iTerm.app', 'WezTerm', 'vscode', 'ghostty'].includes(env.TERM_PROGRAM ?? '')) return true;
  return Number(env.VTE_VERSION ?? 0) >= 5000;
}

/**
 * Fold to the terminal's width (100 when it does not say) so it never wraps
 * a finding itself; to a pipe or file a finding's message stays on one line,
 * for grep and for tests that look for it.
 */
function defaultWidth(): number {
  return process.stdout.isTTY ? process.stdout.columns || 100 : Number.POSITIVE_INFINITY;
}

function hyperlink(text: string, url: string): string {
  return `\u001b]8;;${url}\u0007${text}\u001b]8;;\u0007`;
}

/**
 * Where a finding is: for .txt/.md `line:col` (exact; an editor jumps to it),
 * with the words when they say more (a table cell); for .docx, .pdf and .html
 * the words alone (第12段, 第3页第9行, the HTML source line 第5行).
 */
function placeOf(filePath: string, m: LintMessage): string {
  const where = m.where ? terminalSafe(m.where) : undefined;
  const jumpable = JUMPABLE.has(path.extname(filePath).toLowerCase()) && m.page === undefined && m.cell === undefined;
  if (!jumpable && where) return where;
  const lineCol = `${m.line}:${m.column}`;
  return where && where !== `第${m.line}行` ? `${lineCol} ${where}` : lineCol;
}

function countLines(results: readonly LintResult[]): string[] {
  const s = summarize(results);
  const lines: string[] = [];
  if (s.errors > 0) lines.push(`  ${styleText('red', `${s.errors} 个错误`)}`);
  if (s.warnings > 0) lines.push(`  ${styleText('yellow', `${s.warnings} 个警告`)}`);
  if (s.infos > 0) lines.push(`  ${styleText('blue', `${s.infos} 个提示`)}`);
  return lines;
}

function findingLines(result: LintResult, m: LintMessage, rulesMeta: RulesMeta, width: number, links: boolean): string[] {
  const head = `  ${SYMBOLS[m.xxgkSeverity]} ${styleText('dim', placeOf(result.filePath, m))}  `;
  const message = terminalSafe(m.xxgkSeverity === 'info' ? `提示：${m.message}` : m.message);
  const headWidth = displayWidth(stripVTControlCharacters(head));
  // the message starts on the head line when at least a third of the line is left for it
  const firstRoom = width - headWidth;
  const lines: string[] = [];
  if (firstRoom >= width / 3) {
    const [first, ...more] = foldToWidth(message, width - INDENT.length, firstRoom);
    lines.push(`${head}${first}`, ...more.map((line) => `${INDENT}${line}`));
  } else {
    lines.push(head.trimEnd(), ...foldToWidth(message, width - INDENT.length).map((line) => `${INDENT}${line}`));
  }
  const ruleId = m.ruleId === null ? '' : terminalSafe(m.ruleId);
  const url = m.ruleId === null ? undefined : safeLinkUrl(rulesMeta[m.ruleId]?.docs.url);
  const shownRule = ruleId && links && url ? hyperlink(ruleId, url) : ruleId;
  const excerpt = terminalSafe(excerptOf(result, m));
  const tailRoom = width - INDENT.length - (ruleId ? displayWidth(ruleId) + 2 : 0);
  const quoted = excerpt && tailRoom > 8 ? `原文“${cutToWidth(excerpt, tailRoom - 6)}”` : '';
  const last = lines.length - 1;
  if (!quoted && ruleId && displayWidth(stripVTControlCharacters(lines[last])) + 2 + displayWidth(ruleId) <= width) {
    // no words to quote: the rule goes at the end of the message
    lines[last] += `  ${styleText('dim', shownRule)}`;
  } else if (quoted || ruleId) {
    lines.push(`${INDENT}${quoted ? styleText('gray', quoted) : ''}${quoted && ruleId ? '  ' : ''}${ruleId ? styleText('dim', shownRule) : ''}`);
  }
  return lines;
}

/**
 * The findings for a terminal: per file its path, then each finding with its
 * place in words (第3页第9行, 第12段, 表三“…”行“自然人”列; line:col for .txt/.md),
 * its message folded to the terminal's width (never wrapped by the terminal), the quoted
 * words it is about and its rule (a hyperlink to the docs where the terminal
 * shows them); then the counts in Chinese. Uses each message's own excerpt
 * and where, the source only when present. Report text, file names and rule
 * ids reach the terminal with their control and bidi characters made visible.
 */
export function formatPretty(results: readonly LintResult[], rulesMeta: RulesMeta, cwd: string = process.cwd(), options: PrettyOptions = {}): string {
  const width = options.width ?? defaultWidth();
  const links = hyperlinksSupported(options.env ?? process.env);
  const out: string[] = [];
  for (const result of results) {
    if (result.messages.length === 0) continue;
    out.push('', `  ${styleText('underline', cutToWidth(terminalSafe(displayPath(result.filePath, cwd)), width - 2))}`);
    for (const m of result.messages) out.push(...findingLines(result, m, rulesMeta, width, links));
  }
  if (out.length === 0) return '';
  out.push('', ...countLines(results));
  return `${out.join('\n')}\n`;
}
