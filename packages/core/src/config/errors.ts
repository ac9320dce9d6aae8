/** what a setting came from: a config file, the command line (--rule), the front end's defaults, or code (tests, embedding) */
export type ConfigOrigin = 'file' | 'command-line' | 'defaults' | 'code';

const ORIGIN_WORDS: Record<Exclude<ConfigOrigin, 'file'>, string> = {
  'command-line': '命令行 --rule',
  defaults: '默认配置',
  code: '规则设置',
};

/** A configuration that cannot be used: the message names the file, the key and (for JSON/YAML) the line. */
export class ConfigError extends Error {
  constructor(
    readonly detail: string,
    readonly file?: string,
    readonly key?: string,
    readonly line?: number,
    readonly origin: ConfigOrigin = 'file',
  ) {
    super(formatConfigError(detail, origin, file, key, line));
    this.name = 'ConfigError';
  }
}

function formatConfigError(detail: string, origin: ConfigOrigin, file?: string, key?: string, line?: number): string {
  const source = origin !== 'file' ? ORIGIN_WORDS[origin] : file ? `配置文件 ${file}` : '配置';
  const where = [source, line ? `第 ${line} 行` : '', key ? `“${key}”` : ''].filter(Boolean).join(' ');
  return `${where}：${detail}`;
}
