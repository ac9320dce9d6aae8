import type { CliIo } from '../src/index.js';
import { runCli } from '../src/index.js';
import { nationalPack } from '@xxgk-lint/rules-national';

export interface Captured {
  code: number;
  stdout: string;
  stderr: string;
}

/** the CLI in this thread with the national pack held (no worker, no config files unless `packs: undefined`) */
export async function runInProcess(argv: string[], cwd: string, io: Partial<CliIo> = {}): Promise<Captured> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    cwd,
    env: {},
    isTTY: false,
    stdout: (s) => void (stdout += s),
    stderr: (s) => void (stderr += s),
    readStdin: () => Promise.resolve(new Uint8Array()),
    packs: [nationalPack],
    ...io,
  });
  return { code, stdout, stderr };
}
