/** node:path's basename, dirname and extname for "/"- and "\\"-separated names: what the rules use of it in a browser */
function split(p: string): string[] {
  return p.split(/[\\/]+/);
}

export function basename(p: string, ext?: string): string {
  const base = split(p).filter(Boolean).pop() ?? '';
  return ext && base.endsWith(ext) && base !== ext ? base.slice(0, -ext.length) : base;
}

export function dirname(p: string): string {
  const i = Math.max(p.lastIndexOf('/'), p.lastIndexOf('\\'));
  return i > 0 ? p.slice(0, i) : i === 0 ? p[0] : '.';
}

export function extname(p: string): string {
  const base = basename(p);
  const i = base.lastIndexOf('.');
  return i > 0 ? base.slice(i) : '';
}

export const sep = '/';

export default { basename, dirname, extname, sep };
