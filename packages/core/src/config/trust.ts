/**
 * Which configs govern the whole run and which code a config may run.
 * The reviewer's own folders (the cwd and every folder above it) and
 * `--config` are trusted; the tree being linted (sub-folders of the cwd,
 * and anywhere else that is not above the cwd) is material under review:
 * its configs are read as data only, and a broken one fails only the files
 * it governs.
 */
import { dirname, isAbsolute, relative, resolve } from 'node:path';

export interface TrustOptions {
  cwd: string;
  /** --config: trusted, with the folder it is in */
  configFile?: string;
  /** --allow-js-config: any JavaScript config or pack may run */
  allowJsConfig?: boolean;
}

/** `inner` is `outer` or inside it */
function isWithin(inner: string, outer: string): boolean {
  const rel = relative(outer, inner);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

export class ConfigTrust {
  private readonly cwd: string;
  private readonly configFile: string | undefined;

  constructor(private readonly options: TrustOptions) {
    this.cwd = resolve(options.cwd);
    this.configFile = options.configFile ? resolve(this.cwd, options.configFile) : undefined;
  }

  /** a folder at or above the cwd: a config there governs the whole run */
  governsRun(dir: string): boolean {
    return isWithin(this.cwd, dir);
  }

  /** a config file that governs the whole run: --config, or one found at or above the cwd */
  configGovernsRun(file: string): boolean {
    return file === this.configFile || this.governsRun(dirname(file));
  }

  /** a config found on the way up from a file may be a JavaScript module that runs */
  mayRunConfig(file: string): boolean {
    return this.options.allowJsConfig === true || this.configGovernsRun(file);
  }

  /** `extends` may import a JavaScript module: from a trusted config (the reviewer's, or one it led to), or with --allow-js-config */
  mayImport(extenderTrusted: boolean): boolean {
    return this.options.allowJsConfig === true || extenderTrusted;
  }

  /** where an `extends` naming a package is looked up: an untrusted config's own folder (its node_modules) is not */
  packageBase(fromDir: string, extenderTrusted: boolean): string {
    return extenderTrusted || this.options.allowJsConfig === true ? fromDir : this.cwd;
  }
}
