#!/usr/bin/env node
// Writes N realistic annual reports for benchmarks and batch tests, from the
// corpus seeds: new bodies and years, a fresh consistent table 三 and 四,
// varied wording, some with defects; UTF-8 (some with BOM) and GBK; .md and .txt.
//
//   node scripts/generate-reports.mjs <out-dir> [count=1000] [seed=1]
//
// Deterministic for a given seed. Prints what it wrote (counts by kind).
import { Buffer } from 'node:buffer';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { seededRandom } from './seeded-random.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const iconv = createRequire(import.meta.url)('iconv-lite');


const COUNTIES = ['安平县', '清河县', '南和区', '东光县', '临泽县', '会宁县', '永和县', '石门县', '宁远县', '平江县', '新化县', '仁寿县'];
const NAME_CHARS = '东西南北青白金石龙凤桥河山湖林泉坪沟庄集店坊口湾塘园岭峪台屯寨溪川洲滩';
const KINDS = ['镇', '乡', '街道'];

/** a distinct township name for each index: 12 counties × 38² two-character names × 3 kinds */
function townshipName(index) {
  const n = NAME_CHARS.length;
  const a = NAME_CHARS[index % n];
  const b = NAME_CHARS[Math.floor(index / n) % n];
  const county = COUNTIES[Math.floor(index / (n * n)) % COUNTIES.length];
  const kind = KINDS[Math.floor(index / (n * n * COUNTIES.length)) % KINDS.length];
  return `${county}${a}${b}${kind}`;
}

/** the TSV seeds: their table 三 lines are regenerated, everything else varies by wording */
const SEEDS = ['002_cff4ace8f11033c3', '003_b44d1f36068b8b31', '004_50046161c6499f8c'].map((name) => {
  const text = readFileSync(path.join(root, 'test/fixtures/corpus/seeds', `${name}.txt`), 'utf8');
  const title = text.split('\n').find((l) => /报告/.test(l)) ?? '';
  const body = /(\S+?)\s*20\d\d\s*年/.exec(title.replace(/^关于上报/, ''))?.[1] ?? '';
  const year = Number(/(20\d\d)\s*年/.exec(title)?.[1]);
  return { name, text, body, year };
});

const RESULT_LABELS = [
  '(一) 予以公开', '(二) 部分公开 (区分处理的, 只计这一情形, 不计其他情形)',
  '1. 属于国家秘密', '2. 其他法律行政法规禁止公开', '3. 危及“三安全一稳定”', '4. 保护第三方合法权益', '5. 属于三类内部事务信息',
  '6. 属于四类过程性信息', '7. 属于行政执法案卷', '8. 属于行政查询事项',
  '1. 本机关不掌握相关政府信息', '2. 没有现成信息需要另行制作', '3. 补正后申请内容仍不明确',
  '1. 信访举报投诉类申请', '2. 重复申请', '3. 要求提供公开出版物', '4. 无正当理由大量反复申请', '5. 要求行政机关确认或重新出具已获取信息',
  '1. 申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', '2. 申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', '3. 其他',
];

/** a consistent table 三 (every identity holds), as TSV lines, plus one optional wrong cell */
function table3(random, broken) {
  const columns = 6;
  const results = RESULT_LABELS.map(() => Array.from({ length: columns }, (_, c) => (c === 0 ? Math.floor(random() * 6) : random() < 0.1 ? 1 : 0)));
  const resultTotal = Array.from({ length: columns }, (_, c) => results.reduce((s, r) => s + r[c], 0));
  const forward = Array.from({ length: columns }, (_, c) => (c === 0 ? Math.floor(random() * 3) : 0));
  const carried = Array.from({ length: columns }, (_, c) => (c === 0 ? Math.min(resultTotal[c] + forward[c], Math.floor(random() * 3)) : 0));
  const fresh = resultTotal.map((t, c) => t + forward[c] - carried[c]);
  const row = (label, values) => {
    const cells = [...values, values.reduce((a, b) => a + b, 0)];
    if (broken && broken.label === label) cells[broken.column] += 1;
    return `${label}\t\t${cells.join('\t')}\t`;
  };
  const lines = [
    '(本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和)\t\t申请人情况\t\t\t\t\t\t总计\t',
    '\t\t自然人\t法人或其他组织\t\t\t\t\t\t',
    '\t\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t\t',
    row('一、本年新收政府信息公开申请数量', fresh),
    row('二、上年结转政府信息公开申请数量', carried),
    ...RESULT_LABELS.map((label, i) => row(i === 0 ? `三、本年度办理结果\t${label}` : label, results[i])),
    row('(七) 总计', resultTotal),
    row('四、结转下年度继续办理', forward),
  ];
  return { lines, total: fresh.reduce((a, b) => a + b, 0) };
}

const WORDING = [
  ['进一步', '持续'],
  ['切实', '扎实'],
  ['及时', '第一时间'],
  ['加强', '强化'],
  ['不断', '持续'],
];

/** one body per report; all of one report year unless `spreadYears` (then 2021–2024 at random) */
function generate(random, index, spreadYears) {
  const seed = SEEDS[index % SEEDS.length];
  const body = townshipName(index);
  const year = spreadYears ? 2021 + Math.floor(random() * 4) : 2023;
  const defects = [];
  let text = seed.text.split(seed.body).join(body);
  text = text.replace(/20(\d\d)(\s*)年/g, (all, yy, space) => `${Number(`20${yy}`) - seed.year + year}${space}年`);
  for (const [a, b] of WORDING) if (random() < 0.5) text = text.split(a).join(b);

  const broken = random() < 0.15 ? { label: RESULT_LABELS[Math.floor(random() * 10)], column: 0 } : null;
  if (broken) defects.push('arithmetic');
  const lines = text.split('\n');
  const start = lines.findIndex((l) => l.startsWith('(本列数据的勾稽关系'));
  const end = lines.findIndex((l) => l.startsWith('四、结转下年度继续办理'));
  if (start >= 0 && end > start) {
    const t3 = table3(random, broken);
    lines.splice(start, end - start + 1, ...t3.lines);
    text = lines.join('\n');
  }
  if (random() < 0.1) {
    text = text.replace(/六、其他需要报告的事项[\s\S]*$/, '六、其他需要报告的事项\n\n无。\n');
    defects.push('fee-statement');
  }
  if (random() < 0.05) {
    text = text.replace(/\n五、存在的主要问题及改进情况\n/, '\n');
    defects.push('missing-part');
  }
  return { text, body, year, defects };
}

export function generateReports(outDir, count, seed = 1, { spreadYears = false } = {}) {
  const random = seededRandom(seed);
  mkdirSync(outDir, { recursive: true });
  const stats = { total: 0, md: 0, txt: 0, gbk: 0, bom: 0, defective: 0 };
  const files = [];
  for (let i = 0; i < count; i++) {
    const report = generate(random, i, spreadYears);
    const markdown = random() < 0.5;
    const gbk = random() < 0.3;
    const bom = !gbk && random() < 0.2;
    const name = `${String(i).padStart(5, '0')}-${report.body}-${report.year}.${markdown ? 'md' : 'txt'}`;
    const bytes = gbk ? iconv.encode(report.text, 'gbk') : Buffer.concat([bom ? Buffer.from([0xef, 0xbb, 0xbf]) : Buffer.alloc(0), Buffer.from(report.text)]);
    const file = path.join(outDir, name);
    writeFileSync(file, bytes);
    files.push(file);
    stats.total++;
    stats[markdown ? 'md' : 'txt']++;
    if (gbk) stats.gbk++;
    if (bom) stats.bom++;
    if (report.defects.length > 0) stats.defective++;
  }
  return { files, stats };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const [outDir, count = '1000', seed = '1'] = process.argv.slice(2);
  if (!outDir) {
    console.error('用法：node scripts/generate-reports.mjs <输出目录> [数量=1000] [种子=1]');
    process.exit(2);
  }
  const { stats } = generateReports(path.resolve(outDir), Number(count), Number(seed));
  console.log(`wrote ${stats.total} reports to ${outDir}: ${stats.txt} .txt, ${stats.md} .md, ${stats.gbk} GBK, ${stats.bom} UTF-8 with BOM, ${stats.defective} with injected defects`);
}
