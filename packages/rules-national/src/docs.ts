/** Absolute URL of a rule's docs page, shipped inside this package. */
export function docsUrl(ruleName: string): string {
  return new URL(`../docs/rules/${ruleName}.md`, import.meta.url).href;
}
