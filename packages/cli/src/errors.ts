/**
 * A problem that stops the run before any report is checked (exit code 2):
 * a bad flag or value, no paths, a path that does not exist. The message is
 * Chinese, names the flag or path, and says what to do.
 */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

interface CommanderLikeError {
  code: string;
  message: string;
}

function quoted(message: string): string | undefined {
  return /'([^']+)'/.exec(message)?.[1];
}

/** Longest "--flag" of commander's "'-o, --output-file <path>'" */
function flagName(flags: string | undefined): string {
  if (!flags) return '';
  const parts = flags.split(/[ ,|]+/).filter((p) => p.startsWith('-'));
  return parts.find((p) => p.startsWith('--')) ?? parts[0] ?? flags;
}

/** commander's English error → a Chinese sentence (without the "xxgk-lint：" prefix). */
export function translateCommanderError(error: CommanderLikeError): string {
  const { code, message } = error;
  switch (code) {
    case 'commander.unknownOption': {
      const flag = quoted(message) ?? '';
      const similar = /Did you mean (\S+?)\?/.exec(message)?.[1];
      const hint = similar ? `（是否想用 ${similar}？）` : '';
      return `未知选项 “${flag}”${hint}；用 --help 查看可用选项。`;
    }
    case 'commander.optionMissingArgument':
      return `选项 “${flagName(quoted(message))}” 缺少取值；用 --help 查看用法。`;
    case 'commander.missingMandatoryOptionValue':
      return `缺少必需的选项 “${flagName(quoted(message))}”；用 --help 查看用法。`;
    case 'commander.conflictingOption':
      return `选项冲突：${message.replace(/^error:\s*/, '')}；用 --help 查看用法。`;
    case 'commander.excessArguments':
    case 'commander.unknownCommand':
      return `多余的参数：${message.replace(/^error:\s*/, '')}；用 --help 查看用法。`;
    default:
      return `命令行参数有误：${message.replace(/^error:\s*/, '')}；用 --help 查看用法。`;
  }
}
