import { fileURLToPath } from 'node:url';
import type { RulePack } from '@xxgk-lint/core';
import { loadDataPack } from '@xxgk-lint/core';
import { hunanHuaihua } from './hunan-huaihua/index.js';
import { sichuan } from './sichuan/index.js';

/** 武威's pack is pure data (pack.yml + rules/*.yml), loaded the same way a county's folder is */
export const gansuWuwei: RulePack = loadDataPack(fileURLToPath(new URL('../packs/gansu-wuwei', import.meta.url)));

export { hunanHuaihua, sichuan };

/** one pack per place that has a found source; "@xxgk-lint/rules-provincial/<namespace>" extends one */
export const packs: RulePack[] = [sichuan, gansuWuwei, hunanHuaihua];

/**
 * Places searched for a current annual-report instrument without finding one
 * (domain.md §7): no rules are shipped for them rather than invented ones.
 */
export const placesWithoutSource = ['宁夏', '广东', '浙江', '河南'];

export default { packs };
