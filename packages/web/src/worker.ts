/**
 * The lint worker: the whole linter (core's browser API, the packs), run off
 * the page's thread. The page terminates it when a check runs past its time
 * budget, and starts a fresh one.
 */
import { ConfigError, createHeldLinter, setPdfAssets } from '@xxgk-lint/core/browser';
import type { HeldConfig, Linter } from '@xxgk-lint/core/browser';
import { nationalDefaults } from '@xxgk-lint/rules-national';
import { embeddedCMap, loadLib, setLibBlobs } from './libs.js';
import { heldPacks, NATIONAL, PROVINCIAL } from './packs.js';
import type { Job, PageSettings, Reply, Request } from './protocol.js';

(globalThis as { __xxgkLoadLib?: typeof loadLib }).__xxgkLoadLib = loadLib;

/** pdf.js reads CMaps from the embedded set; it never fetches (no standard fonts either: text needs none) */
class EmbeddedBinaryData {
  async fetch({ kind, filename }: { kind: string; filename: string }): Promise<Uint8Array> {
    const bytes = kind === 'cMapUrl' ? embeddedCMap(filename) : undefined;
    if (!bytes) throw new Error(`未随页面提供 ${filename}`);
    return bytes;
  }
}

setPdfAssets({
  cMapUrl: 'embedded:/cmaps/',
  standardFontDataUrl: 'embedded:/standard_fonts/',
  // passed through to pdf.js's getDocument with the two URLs
  ...({ BinaryDataFactory: EmbeddedBinaryData, useWorkerFetch: false, useWasm: false } as object),
} as Parameters<typeof setPdfAssets>[0]);

/** the page's choices as the first config, then the county's file */
export function configsOf(settings: PageSettings): HeldConfig[] {
  const extendsList = [NATIONAL, ...(settings.province ? [`${PROVINCIAL}/${settings.province}`] : [])];
  const data = { extends: extendsList, ...(settings.bodyKind ? { settings: { bodyKind: settings.bodyKind } } : {}) };
  const configs: HeldConfig[] = [{ name: '页面设置', data }];
  if (settings.config) configs.push(settings.config);
  return configs;
}

let current: { key: string; linter: Linter } | undefined;

function linterFor(settings: PageSettings): Linter {
  const key = JSON.stringify(settings);
  if (current?.key !== key) {
    current = { key, linter: createHeldLinter({ configs: configsOf(settings), defaults: nationalDefaults.defaults, packs: heldPacks }) };
  }
  return current.linter;
}

async function run(job: Job, settings: PageSettings): Promise<Omit<Extract<Reply, { ok: true }>, 'id'>> {
  const linter = linterFor(settings);
  if (job.kind === 'fix') {
    const fixed = await linter.fixText(job.text, { filePath: job.name, format: job.format });
    if (!fixed) throw new Error('这个文件被配置忽略，没有检查');
    return { ok: true, result: fixed.result, fixed: { output: fixed.output, applied: fixed.applied }, rulesMeta: linter.rulesMeta() };
  }
  const result =
    job.kind === 'bytes'
      ? await linter.lintBytes(job.bytes, { filePath: job.name })
      : await linter.lintText(job.text, { filePath: job.name, format: job.format });
  if (!result) throw new Error('这个文件被配置忽略，没有检查');
  return { ok: true, result, rulesMeta: linter.rulesMeta() };
}

const scope = globalThis as unknown as { onmessage: ((event: MessageEvent<Request>) => void) | null; postMessage(reply: Reply): void };

scope.onmessage = (event) => {
  const request = event.data;
  if (request.type === 'init') {
    setLibBlobs(request.libs);
    return;
  }
  run(request.job, request.settings).then(
    (reply) => scope.postMessage({ id: request.id, ...reply }),
    (error: unknown) => {
      if (error instanceof ConfigError) scope.postMessage({ id: request.id, ok: false, configError: error.message });
      else scope.postMessage({ id: request.id, ok: false, error: error instanceof Error ? error.message : String(error) });
    },
  );
};
