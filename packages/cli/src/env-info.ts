import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';

/** the packages that make up an install, the CLI first */
const PACKAGES = ['@xxgk-lint/core', '@xxgk-lint/rules-national', '@xxgk-lint/rules-provincial', '@xxgk-lint/language-server'];

interface PackageJson {
  name?: string;
  version?: string;
}

/** the package.json of the package whose entry `entry` is (the nearest one above it with that name) */
function packageJsonAbove(entry: string, name: string): PackageJson | undefined {
  for (let dir = path.dirname(entry); path.dirname(dir) !== dir; dir = path.dirname(dir)) {
    const file = path.join(dir, 'package.json');
    if (!existsSync(file)) continue;
    const pkg = JSON.parse(readFileSync(file, 'utf8')) as PackageJson;
    if (pkg.name === name) return pkg;
  }
  return undefined;
}

function resolvedVersion(name: string, from: string): string | undefined {
  try {
    return packageJsonAbove(createRequire(from).resolve(name), name)?.version ?? '未知';
  } catch {
    return undefined;
  }
}

/** a package's version as this CLI would load it, found from `from` (the CLI's own folder), else from the language server's */
function versionOf(name: string, from: string): string {
  const own = resolvedVersion(name, from);
  if (own !== undefined) return own;
  try {
    // the provincial pack comes with the language server
    return resolvedVersion(name, createRequire(from).resolve('@xxgk-lint/language-server')) ?? '未安装';
  } catch {
    return '未安装';
  }
}

/** --env-info: what a bug report needs, one line each */
export function envInfo(cliVersion: string, from: string = import.meta.url): string {
  const lines = [
    'xxgk-lint 运行环境（报告问题时请附上）：',
    `  Node.js：${process.version}`,
    `  操作系统：${os.type()} ${os.release()}（${process.platform}-${process.arch}）`,
    `  xxgk-lint：${cliVersion}`,
    ...PACKAGES.map((name) => `  ${name}：${versionOf(name, from)}`),
  ];
  return `${lines.join('\n')}\n`;
}
