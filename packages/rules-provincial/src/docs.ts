/** Absolute URL of a provincial rule's docs page, shipped inside this package. */
export function docsUrl(namespace: string, ruleName: string): string {
  return new URL(`../docs/${namespace}/${ruleName}.md`, import.meta.url).href;
}
