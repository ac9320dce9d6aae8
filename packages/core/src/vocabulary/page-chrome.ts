import { HAN_CLASS } from '../text/chars.js';

/**
 * The words of page chrome: what a web page, a crawler or a printed page
 * puts around a report that is not the report's text — the site's 位置导航,
 * an 索引号/发布机构/成文日期 block, 发布日期 and 访问量, 点击查看解读, a crawler's
 * 标题:/发布时间:/原文链接: header up to "==== 正文 ====", 打印/关闭/分享 at the
 * end, and page footers ("- 3 -", "第 3 页"). The PDF reader drops footers
 * with these; the model marks the rest as outside the report.
 */

/** a page number printed in a page's top or bottom margin */
export const PAGE_FOOTER = /^(?:[-－—–]\s*\d{1,4}\s*[-－—–]|第\s*\d{1,4}\s*页(?:\s*[，,]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*\/\s*\d{1,4}|\d{1,4})$/;

const LABELLED_FIELD =
  /^(标题|题名|发布时间|发布日期|更新时间|时间|文号|发文字号|发布机构|发文机关|发布单位|栏目|来源|作者|原文链接|链接|本地目录|索引号|主题分类|主题词|成文日期|公开方式|公开范围|公开时限|有效性|组配分类|体裁分类|服务对象分类|信息来源|访问量|访问次数|浏览次数|阅读次数|点击数|字号)\s*[:：]/;

const CHROME_LINE = [
  /^当前位置/,
  /^您(现在)?的?位置/,
  /^首页\s*[>›»/]/,
  /^[>›»]\s*[^>›»]+[>›»]/,
  /^={3,}.*正文.*={3,}$/,
  /^[-=_*]{6,}$/,
  /^页面链接与图片详见/,
  /^(点击)?查看(图片)?解读$|^点击查看解读/,
  /^(【|\[)?(打印|关闭|打印本页|关闭窗口|打印本页\s*关闭窗口|收藏|分享到?|返回顶部)(】|\])?(\s*(【|\[)?(打印|关闭|打印本页|关闭窗口|收藏|分享到?|返回顶部)(】|\])?)*$/,
  /^(关怀版|无障碍|长者模式|适老化)(\s*(关怀版|无障碍|长者模式|适老化|简体|繁体|English))*$/,
  /^字号\s*[:：]?\s*(大|中|小|\s)*$|^【?字体[:：]/,
  /^(扫一扫|用手机扫描|微信扫一扫|手机扫码)/,
  /^(相关链接|相关文件|相关解读|相关阅读|附件下载|附件)[:：]?$/,
  /^(上一篇|下一篇)[:：]/,
  /^(版权所有|主办单位|承办单位|网站标识码|网站地图|联系我们|ICP备|.*ICP备\d|.*公网安备)/,
  /^(目录|正文|全文|打印)$/,
];

/** a copy that says it stops here */
export const CUT_MARKER = /^[[【(（]?\s*[…．.]*\s*(excerpt ends here|节选|以下(内容)?(略|省略)|未完|全文未完|内容过长)[^\]】)）]*[\]】)）]?$/i;

/** the visitor counter and similar trailing fields on a line of their own */
const TRAILING_FIELD = /(访问(次数|量)|浏览(次数|量)?|阅读(次数|量)|点击(次数|数|量))\s*[:：]\s*\d*\s*$/;

/** the report's title inside a breadcrumb line ("当前位置： 首页… 某局2019年度…年度报告 来源：…") */
export const TITLE_IN_BREADCRUMB = new RegExp(`[${HAN_CLASS}（）()]{2,40}?\\d{4}\\s*年度?\\s*政府信息公开(工作)?年度报告`, 'g');

const TITLE_LINE = /政府信息公开.{0,8}(年度)?报告$|信息公开年报$/;

/** a line that is a report's title, as a page repeats it above its metadata block */
export function isTitleLine(value: string): boolean {
  return value.length <= 60 && TITLE_LINE.test(value.replace(/[*_#\s]/g, ''));
}

/** chrome is a short line: a long one starting with 当前位置 is a crawled body, its breadcrumb cut apart by the model */
const MAX_CHROME_LINE = 200;

/** a (normalised) line of page chrome */
export function isChromeLine(value: string): boolean {
  if (value.length === 0 || value.length > MAX_CHROME_LINE) return false;
  if (LABELLED_FIELD.test(value)) return true;
  if (TRAILING_FIELD.test(value) && value.length <= 60) return true;
  return CHROME_LINE.some((p) => p.test(value));
}

/** a metadata block of a CMS page: several "名称 值" pairs on one line ("索 引 号 1133…/2024-104757 公开方式 主动公开") */
export function isMetadataRow(value: string): boolean {
  if (value.length > MAX_CHROME_LINE) return false;
  const labels = value.match(/索引号|公开方式|成文日期|发布机构|组配分类|发布日期|主题分类|文号|有效性|体裁分类|公开范围|公开时限/g);
  return (labels?.length ?? 0) >= 2 || (/^(索引号|成文日期|组配分类|发布日期)/.test(value) && value.length <= 80);
}

/** where a crawled page's first body line, after its breadcrumb run, starts the report */
export const BREADCRUMB_LEAD = /^\s*(当前位置|您的位置|您现在的位置)[:：]/;
export const BODY_AFTER_BREADCRUMB = /根据《|依据《|按照《|本报告|一、\s*总体情况/;

/** the page's own links at the end of a crawled page's last body line ("…2020年1月13日 附件下载") */
export const TRAILING_LINKS = /\s+((附件下载|打印本页|关闭窗口|【打印】|【关闭】|分享到)\s*)+$/;
