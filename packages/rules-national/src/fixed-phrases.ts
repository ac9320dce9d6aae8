/**
 * What national/name-typo protects besides the body's own name: the country's
 * name, the titles the reports cite, and fixed phrases of the reports'
 * vocabulary (domain.md: the national format's headings, table labels and the
 * phrases of 总体情况; and the corpus). Each is written exactly one way.
 *
 * A phrase entry is matched strictly (see one-edit.ts): a substituted
 * character must be a known confusable of the right one (CONFUSABLE_GROUPS), and a
 * character may be missing only at the end, before punctuation ("受理渠。").
 */

/** body: the report's own body (or a configured one); place: the place part of its name, which its superior bodies share */
export type EntryKind = 'country' | 'title' | 'body' | 'place' | 'phrase';

export interface ProtectedEntry {
  text: string;
  kind: EntryKind;
  /** one-edit forms that are words in their own right, never reported */
  legit?: readonly string[];
  /** a body's name: where the report (or the config) gives it, for the message */
  source?: string;
}

export const COUNTRY: ProtectedEntry = { text: '中华人民共和国', kind: 'country' };

/** titles as cited, with the closing 》 so that a slip in the last word is inside the entry */
export const TITLES: readonly ProtectedEntry[] = [
  { text: '政府信息公开条例》', kind: 'title' },
  {
    text: '政府信息公开工作年度报告格式》',
    kind: 'title',
    // a report's own title quoted: "《某县2023年政府信息公开工作年度报告》"
    legit: ['政府信息公开工作年度报告》'],
  },
  { text: '政府信息公开信息处理费管理办法》', kind: 'title' },
  { text: '政府信息与政务公开办公室', kind: 'title' },
];

export const PHRASES: readonly string[] = [
  '人民政府',
  '党委和政府',
  '扫黑除恶',
  '仍存在不足',
  '受理渠道',
  '截至目前',
  '政府信息公开',
  '政务公开',
  '依申请公开',
  '主动公开',
  '行政复议',
  '行政诉讼',
  '信息处理费',
  '保密审查',
  '政策解读',
  '监督保障',
  '平台建设',
  '政务新媒体',
  '法定期限',
  '结转下年度',
  '政府信息管理',
  '规范性文件',
  '行政事业性收费',
  '行政处罚',
  '行政许可',
  '公开指南',
  '公开目录',
  '人大代表建议',
  '政协委员提案',
  '建议提案',
  '贯彻落实',
  '习近平新时代中国特色社会主义思想',
  '习近平总书记',
  '国务院办公厅',
  '营商环境',
  '乡村振兴',
  '疫情防控',
  '安全生产',
  '政务服务',
  '便民服务',
  '统计期限',
  '社会评议',
  '社会监督',
  '考核评价',
  '责任追究',
  '依法行政',
  '放管服改革',
  '新闻发布会',
  '信息发布',
  '政府信息公开申请',
  '年度报告',
  '存在的主要问题',
  '改进措施',
  '其他需要报告的事项',
  '总体情况',
];

/**
 * Characters mistaken for one another: same or near sound (what a pinyin
 * input method offers) or near shape. Two characters are confusable when one
 * group holds both.
 */
const CONFUSABLE_GROUPS: readonly string[] = [
  '至止', '府俯腐', '例列厉理', '理里礼', '议义意异', '讼颂送', '审申婶', '督都', '障彰章', '彻澈撤',
  '贯惯', '近进尽劲', '道到导', '策册测', '读渎', '密秘', '查察', '振震', '复覆副', '提题', '案按',
  '建健', '规归', '范犯泛', '制治致置', '费废', '处出', '管馆', '期其', '限线现', '息习', '务物误',
  '政正证', '需须', '续绪序', '设社', '申身伸深', '请情清', '部布', '署暑', '决绝', '坚艰', '权全',
  '目木', '前钱', '受授', '结洁节', '转专', '恶饿', '除储', '委唯萎', '华化', '共供', '和合', '公功攻',
  '度渡', '作做', '平凭评', '台抬', '境竟镜', '疫役', '防妨房', '实识', '定订', '在再', '计记纪', '式试',
  '格隔', '报抱', '告诰', '措错', '施失', '况祝', '项顼', '总综',
];

/** every character of a group → its index from 1 (0: in no group); a pair is then one cell of PAIRS */
const INDEX = new Uint16Array(0x10000);
let indexed = 0;
for (const group of CONFUSABLE_GROUPS) for (let k = 0; k < group.length; k++) INDEX[group.charCodeAt(k)] ||= ++indexed;
const WIDTH = indexed + 1;
/** PAIRS[INDEX[right] · WIDTH + INDEX[written]] = 1: one group holds both (row and column 0 stay 0) */
const PAIRS = new Uint8Array(WIDTH * WIDTH);
for (const group of CONFUSABLE_GROUPS) {
  for (let a = 0; a < group.length; a++) {
    for (let b = 0; b < group.length; b++) if (b !== a) PAIRS[INDEX[group.charCodeAt(a)] * WIDTH + INDEX[group.charCodeAt(b)]] = 1;
  }
}

/** the code units of two characters (what the scan compares): two array reads, no strings */
export function confusableCodes(right: number, written: number): boolean {
  return PAIRS[INDEX[right] * WIDTH + INDEX[written]] === 1;
}

export function confusable(right: string, written: string): boolean {
  return right.length === 1 && written.length === 1 && confusableCodes(right.charCodeAt(0), written.charCodeAt(0));
}
