/** The page's settings, remembered in the browser's local storage (nothing leaves the machine). */
import type { PageSettings } from './protocol.js';

const KEY = 'xxgk-lint.settings';

/** the packs that ship (rules-provincial), by namespace, as a select shows them */
export const PROVINCES: { value: string; label: string }[] = [
  { value: '', label: '只用全国规则' },
  { value: 'sichuan', label: '四川省' },
  { value: 'gansu-wuwei', label: '甘肃省武威市' },
  { value: 'hunan-huaihua', label: '湖南省怀化市' },
];

export const BODY_KINDS: { value: PageSettings['bodyKind']; label: string }[] = [
  { value: '', label: '按标题自动判断' },
  { value: 'township', label: '乡镇、街道' },
  { value: 'government', label: '县级以上人民政府' },
  { value: 'department', label: '政府部门' },
];

/** a config file the browser cannot use: it is code */
export function isCodeConfig(name: string): boolean {
  return /\.(?:c|m)?[jt]s$/i.test(name);
}

export const CODE_CONFIG_MESSAGE =
  '浏览器中的检查工具不能运行配置文件里的代码（.js 配置），也不能安装 npm 规则包：请改用 .xxgklintrc.yml 或 .xxgklintrc.json（可写规则的开关、严重级别和声明式规则），或在命令行工具中使用这份配置。';

export function loadSettings(): PageSettings {
  const empty: PageSettings = { province: '', bodyKind: '' };
  try {
    const saved = JSON.parse(localStorage.getItem(KEY) ?? 'null') as Partial<PageSettings> | null;
    if (!saved) return empty;
    const settings: PageSettings = {
      province: PROVINCES.some((p) => p.value === saved.province) ? saved.province! : '',
      bodyKind: BODY_KINDS.some((b) => b.value === saved.bodyKind) ? saved.bodyKind! : '',
    };
    if (saved.config && typeof saved.config.name === 'string' && typeof saved.config.text === 'string') settings.config = saved.config;
    return settings;
  } catch {
    return empty;
  }
}

export function saveSettings(settings: PageSettings): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(settings));
  } catch {
    // storage switched off: the settings hold for this visit only
  }
}
