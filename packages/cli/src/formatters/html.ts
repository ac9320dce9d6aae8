/** `--format html`: the summary for leaders; the page is built in ./html/. */
export { formatHtml, type HtmlOptions } from './html/page.js';
