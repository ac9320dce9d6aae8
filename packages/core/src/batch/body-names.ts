import { sameBody } from '../api/previous.js';

/** what a body's name ends with that a list may leave out: 和顺镇人民政府 = 和顺镇 */
const GOVERNMENT_SUFFIX = /(人民政府|办事处)$/;
/** a county or district in front of a township or department: 平安县和顺镇 = 和顺镇 */
const COUNTY_PREFIX = /(县|区|旗|市)$/;

function squeeze(name: string): string {
  return name.replace(/\s+/g, '');
}

/**
 * A name in `expectedBodies` and the body of a report are the same: as
 * --previous pairs bodies (淮安市洪泽区人民政府 = 洪泽区人民政府), and also
 * with 人民政府/办事处 left off (和顺镇 = 和顺镇人民政府) or with the county in
 * front (平安县和顺镇人民政府 = 和顺镇人民政府). A bare 人民政府 matches nothing.
 */
export function sameBodyName(a: string, b: string): boolean {
  if (sameBody(a, b)) return true;
  const x = squeeze(a).replace(GOVERNMENT_SUFFIX, '');
  const y = squeeze(b).replace(GOVERNMENT_SUFFIX, '');
  if (x.length < 2 || y.length < 2) return false;
  if (x === y) return true;
  const [long, short] = x.length > y.length ? [x, y] : [y, x];
  if (!long.endsWith(short)) return false;
  const prefix = long.slice(0, long.length - short.length);
  return COUNTY_PREFIX.test(prefix) || /(省|州|盟|自治区|地区)$/.test(prefix);
}

/** a unit of administration a name may start with: 淮安市, 平安县, 洪泽区 */
const LEADING_UNIT = /^.+?(省|自治区|地区|市|州|盟|县|区|旗)/u;

/**
 * One key per body, for counting bodies rather than files: 人民政府/办事处
 * left off, then the leading units taken off while two characters or more
 * remain (淮安市洪泽区人民政府 → 洪泽区, 平安县和顺镇 → 和顺镇). Coarse on
 * purpose: two counties' 公安局 share a key and count as one peer, never
 * the same body as two.
 */
export function bodyKey(name: string): string {
  let key = squeeze(name).replace(GOVERNMENT_SUFFIX, '');
  for (;;) {
    const m = LEADING_UNIT.exec(key);
    if (!m || key.length - m[0].length < 2) return key;
    key = key.slice(m[0].length);
  }
}
