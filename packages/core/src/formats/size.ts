const MB = 1024 * 1024;

/** a format's message for a file over its limit: {{size}} and {{max}} in MB */
export function tooLargeMessage(template: string, size: number, max: number): string {
  return template.replace('{{size}}', (size / MB).toFixed(1)).replace('{{max}}', (max / MB).toFixed(0));
}
