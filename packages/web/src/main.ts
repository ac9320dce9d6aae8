/**
 * The page: files chosen or dropped, or text pasted, checked in the lint
 * worker; findings by part, the text view, the rule's docs, fixes, the list
 * of changes for Word, print and CSV. Nothing leaves the browser.
 */
import { applyFixes, findingsCsv } from '@xxgk-lint/core/browser';
import type { LintMessage, LintResult, RulesMeta, TextEdit } from '@xxgk-lint/core/browser';
import ruleDocs from 'xxgk:rule-docs';
import { changeWords, fixedFileName } from './changes.js';
import { CheckTimeout, LintClient, PageConfigError, timeoutResult } from './client.js';
import { decodeEmbedded } from './embed.js';
import { escapeHtml, markdownToHtml } from './markdown.js';
import type { Job, LibBlobs, PageSettings } from './protocol.js';
import { fileSectionHtml, textViewHtml } from './render.js';
import { BODY_KINDS, CODE_CONFIG_MESSAGE, isCodeConfig, loadSettings, PROVINCES, saveSettings } from './settings.js';

/** one checked file (or the pasted text) as the page holds it */
interface Checked {
  name: string;
  result: LintResult;
  /** .txt/.md and pasted text: the current text, which fixes change */
  text?: { value: string; format: 'markdown' | 'text'; fromBytes: boolean };
  /** .docx/.pdf/.html: the changes to make by hand */
  changes: string[];
  section: HTMLElement;
}

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const root = document.documentElement;
const PASTED = '粘贴的文字.txt';

function embedded(id: string): string {
  return decodeEmbedded($(id).textContent ?? '');
}

const libs: LibBlobs = {
  pdf: new Blob([$('lib-pdf').textContent ?? '']),
  pdfWorker: new Blob([$('lib-pdf-worker').textContent ?? '']),
  mammoth: new Blob([$('lib-mammoth').textContent ?? '']),
  cmaps: new Blob([$('lib-cmaps').textContent ?? '']),
};
const workerUrl = URL.createObjectURL(new Blob([embedded('lint-worker')], { type: 'text/javascript' }));
const client = new LintClient(workerUrl, libs);

let settings: PageSettings = loadSettings();
let rulesMeta: RulesMeta = {};
let checked: Checked[] = [];
let active: Checked | undefined;

// ------------------------------------------------------------------ settings

function fillSelect(select: HTMLSelectElement, options: { value: string; label: string }[], value: string): void {
  select.innerHTML = options.map((o) => `<option value="${escapeHtml(o.value)}">${escapeHtml(o.label)}</option>`).join('');
  select.value = value;
}

function showConfigStatus(text: string, kind: 'ok' | 'error' | '' = ''): void {
  const status = $('config-status');
  status.textContent = text;
  status.dataset.kind = kind;
}

function describeConfig(): void {
  showConfigStatus(settings.config ? `已载入配置：${settings.config.name}` : '未载入县（区）配置文件', settings.config ? 'ok' : '');
}

function setupSettings(): void {
  const province = $<HTMLSelectElement>('province');
  const bodyKind = $<HTMLSelectElement>('body-kind');
  fillSelect(province, PROVINCES, settings.province);
  fillSelect(bodyKind, BODY_KINDS, settings.bodyKind);
  province.addEventListener('change', () => {
    settings = { ...settings, province: province.value };
    saveSettings(settings);
  });
  bodyKind.addEventListener('change', () => {
    settings = { ...settings, bodyKind: bodyKind.value as PageSettings['bodyKind'] };
    saveSettings(settings);
  });
  $<HTMLInputElement>('config-file').addEventListener('change', async (event) => {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (file) await loadConfig(file.name, await file.text());
  });
  $('config-clear').addEventListener('click', () => {
    settings = { province: settings.province, bodyKind: settings.bodyKind };
    saveSettings(settings);
    describeConfig();
  });
  describeConfig();
}

/** a county's config: tried at once on a one-line text, so a mistake shows before any check */
async function loadConfig(name: string, text: string): Promise<void> {
  if (isCodeConfig(name)) {
    showConfigStatus(`“${name}”：${CODE_CONFIG_MESSAGE}`, 'error');
    return;
  }
  const trial: PageSettings = { ...settings, config: { name, text } };
  try {
    await client.run({ kind: 'text', name: '配置检查.txt', text: '配置检查', format: 'text' }, trial);
  } catch (error) {
    showConfigStatus(error instanceof PageConfigError ? error.message : `配置无法使用：${(error as Error).message}`, 'error');
    return;
  }
  settings = trial;
  saveSettings(settings);
  describeConfig();
}

// ------------------------------------------------------------------ checking

const TEXT_FILE = /\.(?:txt|md|markdown)$/i;

function formatOf(name: string): 'markdown' | 'text' {
  return /\.(?:md|markdown)$/i.test(name) ? 'markdown' : 'text';
}

/** a job's result, or the file's timeout result; a config error goes to #config-status and stops the batch */
async function runJob(job: Job): Promise<LintResult> {
  try {
    const reply = await client.run(job, settings);
    rulesMeta = { ...rulesMeta, ...reply.rulesMeta };
    return reply.result;
  } catch (error) {
    if (error instanceof CheckTimeout) return timeoutResult(job.name);
    throw error;
  }
}

/** for Word, PDF and HTML the results carry no fixes: the text view is linted as text to find them */
async function changeList(result: LintResult): Promise<string[]> {
  const source = result.source;
  if (!source || !result.messages.some((m) => m.ruleId && rulesMeta[m.ruleId]?.fixable)) return [];
  const asText = await runJob({ kind: 'text', name: `${result.filePath}.txt`, text: source, format: 'text' });
  const key = (m: LintMessage) => `${m.ruleId}\u0000${m.range[0]}\u0000${m.range[1]}\u0000${m.message}`;
  const fixes = new Map(asText.messages.filter((m) => m.fix).map((m) => [key(m), m.fix!]));
  return result.messages.flatMap((m) => {
    const fix = fixes.get(key(m));
    return fix ? [changeWords(m.where ?? `第${m.line}行`, source, fix)] : [];
  });
}

function sectionFor(name: string): HTMLElement {
  const section = document.createElement('section');
  section.className = 'file-result';
  section.dataset.file = name;
  $('results').append(section);
  return section;
}

function render(item: Checked): void {
  item.section.innerHTML = fileSectionHtml(item.name, item.result, item.text !== undefined, rulesMeta);
  if (item.changes.length) {
    item.section.insertAdjacentHTML('beforeend', `<p class="changes-note">有 ${item.changes.length} 处可按“需要手工修改的地方”在 Word 中改正。</p>`);
  }
}

async function checkAll(jobs: { name: string; job: Job; text?: Checked['text'] }[]): Promise<LintResult[]> {
  root.dataset.state = 'checking';
  $('status').textContent = `正在检查 ${jobs.length} 个文件……`;
  $('results').innerHTML = '';
  checked = [];
  active = undefined;
  try {
    for (const { name, job, text } of jobs) {
      const result = await runJob(job);
      const item: Checked = { name, result, changes: [], section: sectionFor(name) };
      if (text && !result.messages.some((m) => m.fatal)) item.text = { ...text, value: result.source ?? text.value };
      else if (!text) item.changes = await changeList(result);
      checked.push(item);
      render(item);
    }
    describeConfig();
    $('status').textContent = `检查完成：${checked.length} 个文件。`;
  } catch (error) {
    const text = error instanceof PageConfigError ? error.message : `检查出错：${(error as Error).message}`;
    showConfigStatus(text, 'error');
    $('status').textContent = '未能检查：配置有误，请看“配置”一栏的说明。';
  }
  activate(checked[0]);
  const results = checked.map((c) => c.result);
  window.xxgkLint.results = results;
  root.dataset.state = 'done';
  return results;
}

function toBytes(bytes: Uint8Array | number[]): Uint8Array {
  return bytes instanceof Uint8Array ? bytes : Uint8Array.from(bytes);
}

async function lintFiles(list: { name: string; bytes: Uint8Array | number[] }[]): Promise<LintResult[]> {
  return checkAll(
    list.map(({ name, bytes }) => ({
      name,
      job: { kind: 'bytes', name, bytes: toBytes(bytes) } as Job,
      text: TEXT_FILE.test(name) ? { value: '', format: formatOf(name), fromBytes: true } : undefined,
    })),
  );
}

async function lintPasted(text: string): Promise<LintResult[]> {
  $<HTMLTextAreaElement>('paste').value = text;
  return checkAll([{ name: PASTED, job: { kind: 'text', name: PASTED, text, format: 'text' }, text: { value: text, format: 'text', fromBytes: false } }]);
}

async function filesOf(files: FileList | File[]): Promise<{ name: string; bytes: Uint8Array }[]> {
  return Promise.all([...files].map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })));
}

// ------------------------------------------------------------------ the side panel: text view, docs, fixes

function activate(item: Checked | undefined, message?: LintMessage): void {
  active = item;
  for (const c of checked) c.section.classList.toggle('active', c === item);
  const view = $('text-view');
  const source = item?.text?.value ?? item?.result.source ?? '';
  view.innerHTML = textViewHtml(source, message?.range);
  view.querySelector('.highlight')?.scrollIntoView({ block: 'center' });
  $('view-title').textContent = item ? `报告文字：${item.name}` : '报告文字';
  const fixable = item?.text !== undefined;
  $<HTMLButtonElement>('fix-all').disabled = !fixable || !item.result.messages.some((m) => m.fix);
  $<HTMLButtonElement>('download-fixed').disabled = !fixable;
  $('gbk-note').hidden = !(fixable && item.text!.fromBytes);
  const changes = item?.changes ?? [];
  $('change-list').innerHTML = changes.length
    ? changes.map((c) => `<li>${escapeHtml(c)}</li>`).join('')
    : `<li class="none">${item && !fixable ? '没有可以列出的修改。' : '纯文本和 Markdown 文件可直接在本页修正。'}</li>`;
  $<HTMLButtonElement>('copy-changes').disabled = changes.length === 0;
}

function showDocs(ruleId: string | null): void {
  const docs = $('docs');
  if (!ruleId) {
    docs.innerHTML = '<p>这条消息来自文件读取，不属于某条规则。</p>';
    return;
  }
  const page = ruleDocs[ruleId];
  const meta = rulesMeta[ruleId];
  docs.innerHTML = page
    ? markdownToHtml(page)
    : `<h2>${escapeHtml(ruleId)}</h2><p>${escapeHtml(meta?.docs.description ?? '这条规则来自载入的配置文件，没有说明页。')}</p>`;
  docs.scrollTop = 0;
}

/** after a fix: check the changed text again and show it */
async function recheck(item: Checked, text: string, result?: LintResult): Promise<void> {
  root.dataset.state = 'checking';
  item.text = { ...item.text!, value: text };
  item.result = result ?? (await runJob({ kind: 'text', name: item.name, text, format: item.text.format }));
  if (item.result.source === undefined) item.result.source = text;
  render(item);
  activate(item);
  window.xxgkLint.results = checked.map((c) => c.result);
  root.dataset.state = 'done';
}

async function applyOne(item: Checked, message: LintMessage): Promise<void> {
  if (!item.text || !message.fix) return;
  const fix: TextEdit = message.fix;
  const { output } = applyFixes(item.text.value, [fix]);
  await recheck(item, output);
  $('status').textContent = '已应用 1 处修正，并重新检查。';
}

async function fixAll(): Promise<void> {
  const item = active;
  if (!item?.text) return;
  root.dataset.state = 'checking';
  const reply = await client.run({ kind: 'fix', name: item.name, text: item.text.value, format: item.text.format }, settings);
  rulesMeta = { ...rulesMeta, ...reply.rulesMeta };
  await recheck(item, reply.fixed!.output, reply.result);
  $('status').textContent = `已应用 ${reply.fixed!.applied} 处修正，并重新检查；可点“下载修正后的文件”。`;
}

function download(name: string, text: string, type: string): void {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(new Blob([text], { type }));
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}

async function copyText(text: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    document.body.append(area);
    area.select();
    document.execCommand('copy');
    area.remove();
  }
}

function onFindingClick(event: Event): void {
  const target = event.target as HTMLElement;
  const finding = target.closest<HTMLElement>('.finding');
  const section = target.closest<HTMLElement>('.file-result');
  if (!finding || !section) return;
  const item = checked.find((c) => c.section === section);
  const message = item?.result.messages[Number(finding.dataset.index)];
  if (!item || !message) return;
  if (target.closest('.apply-fix')) {
    void applyOne(item, message);
    return;
  }
  for (const f of document.querySelectorAll('.finding.selected')) f.classList.remove('selected');
  finding.classList.add('selected');
  activate(item, message);
  showDocs(message.ruleId);
}

// ------------------------------------------------------------------ wiring

function setup(): void {
  setupSettings();
  const input = $<HTMLInputElement>('files');
  input.addEventListener('change', async () => {
    if (input.files?.length) await lintFiles(await filesOf(input.files));
    input.value = '';
  });
  const drop = $('drop');
  drop.addEventListener('dragover', (e) => {
    e.preventDefault();
    drop.classList.add('over');
  });
  drop.addEventListener('dragleave', () => drop.classList.remove('over'));
  drop.addEventListener('drop', async (e) => {
    e.preventDefault();
    drop.classList.remove('over');
    if (e.dataTransfer?.files.length) await lintFiles(await filesOf(e.dataTransfer.files));
  });
  // a file dropped anywhere else must not make the browser open it
  window.addEventListener('dragover', (e) => e.preventDefault());
  window.addEventListener('drop', (e) => e.preventDefault());
  $('check-paste').addEventListener('click', () => void lintPasted($<HTMLTextAreaElement>('paste').value));
  $('results').addEventListener('click', onFindingClick);
  $('results').addEventListener('keydown', (e) => {
    if ((e as KeyboardEvent).key === 'Enter') onFindingClick(e);
  });
  $('fix-all').addEventListener('click', () => void fixAll());
  $('download-fixed').addEventListener('click', () => {
    if (active?.text) download(fixedFileName(active.name), active.text.value, 'text/plain;charset=utf-8');
  });
  $('copy-changes').addEventListener('click', () => void copyText((active?.changes ?? []).join('\n')));
  $('print').addEventListener('click', () => window.print());
  $('export-csv').addEventListener('click', () => download('xxgk-lint-检查结果.csv', findingsCsv(checked.map((c) => c.result)), 'text/csv;charset=utf-8'));
  client.warm();
}

declare global {
  interface Window {
    xxgkLint: {
      results: LintResult[];
      lintFiles(list: { name: string; bytes: Uint8Array | number[] }[]): Promise<LintResult[]>;
      lintPasted(text: string): Promise<LintResult[]>;
    };
  }
}

window.xxgkLint = { results: [], lintFiles, lintPasted };
setup();
root.dataset.state = 'ready';
