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

/**
 * A config inside the tree being linted (below the cwd) that cannot be used:
 * only the files it governs fail, each with a fatal message; the run goes on.
 */
export class FolderConfigError extends ConfigError {
  readonly scope = 'folder';

  static of(error: ConfigError): FolderConfigError {
    return error instanceof FolderConfigError ? error : new FolderConfigError(error.detail, error.file, error.key, error.line, error.origin);
  }
}

/** the detail of a JavaScript config or pack that is not run */
export const JS_NOT_RUN = '检查时不会运行其中的代码；如确需使用，请加 --allow-js-config';
