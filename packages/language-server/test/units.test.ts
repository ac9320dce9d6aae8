import { describe, expect, it } from 'vitest';
import { wants } from '../src/code-actions.js';
import { isConfigFileName, readSettings } from '../src/settings.js';
import { targetOf } from '../src/documents.js';
import { minimalEdit } from '../src/fix-all.js';
import { FramingRepair, readHeader } from '../src/framing.js';

function apply(before: string, edit: { range: readonly [number, number]; text: string }): string {
  return before.slice(0, edit.range[0]) + edit.text + before.slice(edit.range[1]);
}

describe('minimalEdit', () => {
  it('covers only the changed middle', () => {
    const edit = minimalEdit('二、主动公开信息情况\n正文', '二、主动公开政府信息情况\n正文');
    expect(edit).toEqual({ range: [6, 6], text: '政府' });
  });

  it('never splits a surrogate pair or a CRLF', () => {
    for (const [before, after] of [
      ['甲𠀀乙', '甲𠀁乙'],
      ['a\r\nb', 'a\nb'],
      ['a\nb', 'a\r\nb'],
      ['x𠀀', 'x𠀀𠀀'],
    ]) {
      const edit = minimalEdit(before, after);
      expect(apply(before, edit)).toBe(after);
      for (const at of edit.range) {
        expect(before.charCodeAt(at) >= 0xdc00 && before.charCodeAt(at) <= 0xdfff).toBe(false);
        expect(before[at] === '\n' && before[at - 1] === '\r').toBe(false);
      }
    }
  });

  it('round-trips identical and disjoint texts', () => {
    expect(minimalEdit('同', '同')).toEqual({ range: [1, 1], text: '' });
    expect(apply('abc', minimalEdit('abc', 'xyz'))).toBe('xyz');
  });
});

describe('targetOf', () => {
  it('reads the format from the language id, whatever the extension', () => {
    expect(targetOf('file:///r/报告.txt', 'plaintext', '/r')).toEqual({ filePath: '/r/报告.txt', format: 'text' });
    expect(targetOf('file:///r/%E6%8A%A5%E5%91%8A', 'markdown', '/r')).toEqual({ filePath: '/r/报告', format: 'markdown' });
    expect(targetOf('file:///r/a.md', 'plaintext', '/r')).toMatchObject({ filePath: '/r/a.md', format: 'text' });
  });

  it('places unsaved documents in the workspace and leaves other languages alone', () => {
    expect(targetOf('untitled:Untitled-1', 'markdown', '/ws')).toMatchObject({ filePath: '/ws/Untitled-1', format: 'markdown' });
    expect(targetOf('file:///r/a.ts', 'typescript', '/r')).toBeNull();
  });
});

describe('settings and kinds', () => {
  it('reads settings leniently', () => {
    expect(readSettings(undefined)).toEqual({ enable: true, configFile: undefined, allowJsConfig: false, restricted: false });
    expect(readSettings({ enable: false, configFile: ' ' })).toEqual({ enable: false, configFile: undefined, allowJsConfig: false, restricted: false });
    expect(readSettings({ configFile: 'a.yml' }, { enable: false, allowJsConfig: false, restricted: true })).toEqual({ enable: false, configFile: 'a.yml', allowJsConfig: false, restricted: true });
    expect(readSettings({ restricted: true })).toMatchObject({ restricted: true });
    expect(readSettings({ allowJsConfig: true })).toMatchObject({ allowJsConfig: true });
  });

  it('knows config file names', () => {
    for (const name of ['/a/.xxgklintrc', '/a/.xxgklintrc.yml', '/a/xxgklint.config.mjs', '/a/package.json']) expect(isConfigFileName(name)).toBe(true);
    expect(isConfigFileName('/a/报告.yml')).toBe(false);
  });

  it('matches requested code action kinds by prefix', () => {
    expect(wants(undefined, 'quickfix')).toBe(true);
    expect(wants(undefined, 'source.fixAll.xxgklint')).toBe(false);
    expect(wants(['source'], 'source.fixAll.xxgklint')).toBe(true);
    expect(wants(['source.fixAll'], 'source.fixAll.xxgklint')).toBe(true);
    expect(wants(['source.organizeImports'], 'source.fixAll.xxgklint')).toBe(false);
  });
});

describe('FramingRepair (badly framed LSP input)', () => {
  const run = async (chunks: string[]) => {
    const dropped: string[] = [];
    const repair = new FramingRepair((reason, bytes) => dropped.push(`${reason} / ${bytes}`));
    const out: Buffer[] = [];
    repair.on('data', (b: Buffer) => out.push(b));
    for (const c of chunks) repair.write(Buffer.from(c));
    repair.end();
    await new Promise((resolve) => repair.on('end', resolve));
    return { output: Buffer.concat(out).toString(), dropped };
  };
  const good = 'Content-Length: 2\r\n\r\n{}';

  it('passes good frames through unchanged, whatever the chunks', async () => {
    expect(await run([good + good])).toEqual({ output: good + good, dropped: [] });
    expect(await run([...good, 'Content-Length: 3\r\n', '\r\n[1', ']'])).toEqual({ output: `${good}Content-Length: 3\r\n\r\n[1]`, dropped: [] });
  });

  it('drops a bad frame up to the next header, with the reason', async () => {
    expect(await run([`Content-Length: abc\r\n\r\n{}${good}`])).toEqual({ output: good, dropped: ['Content-Length 不是非负整数："abc" / 25'] });
    expect(await run([`hello\r\n\r\n${good}`])).toEqual({ output: good, dropped: ['头部一行没有冒号："hello" / 9'] });
    expect(await run([`Content-Type: x\r\n\r\n${good}`])).toEqual({ output: good, dropped: ['头部没有 Content-Length / 19'] });
    expect(await run([`Content-Length: -1\r\n\r\n${good}`])).toEqual({ output: good, dropped: ['Content-Length 不是非负整数："-1" / 22'] });
    expect(await run([`Content-Length: 999999999999\r\n\r\n${good}`])).toEqual({ output: good, dropped: ['Content-Length 999999999999 超过上限 268435456 / 32'] });
  });

  it('a run of bytes with no header end is dropped once it passes 8 KB', async () => {
    const junk = 'x'.repeat(9000);
    const { output, dropped } = await run([junk, good]);
    expect(output).toBe(good);
    expect(dropped).toEqual(['9000 字节中没有消息头的结尾 / 8987', '头部没有 Content-Length / 13']);
  });

  it('readHeader reads Content-Length in any case among other fields', () => {
    expect(readHeader('content-length: 12\r\nContent-Type: application/vscode-jsonrpc; charset=utf-8')).toBe(12);
  });
});
