/** A configuration that cannot be used: the message names the file, the key and (for JSON/YAML) the line. */
export class ConfigError extends Error {
  constructor(
    readonly detail: string,
    readonly file?: string,
    readonly key?: string,
    readonly line?: number,
  ) {
    super(formatConfigError(detail, file, key, line));
    this.name = 'ConfigError';
  }
}

function formatConfigError(detail: string, file?: string, key?: string, line?: number): string {
  const where = [file ? (file.startsWith('命令行') ? file : `配置文件 ${file}`) : '配置', line ? `第 ${line} 行` : '', key ? `“${key}”` : ''].filter(Boolean).join(' ');
  return `${where}：${detail}`;
}
