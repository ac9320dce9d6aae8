/** Modules the build makes from files (scripts/build.mjs): data packs and rule docs as JSON. */
declare module 'xxgk:data-packs' {
  /** each data pack folder of rules-provincial: pack.yml and rules/*.yml, parsed */
  const packs: {
    folder: string;
    pack: { name?: string; namespace: string; version?: string; configs?: Record<string, { rules: Record<string, string | number> }> };
    rules: { file: string; value: unknown }[];
  }[];
  export default packs;
}

declare module 'xxgk:rule-docs' {
  /** rule id → its docs page (Markdown) */
  const docs: Record<string, string>;
  export default docs;
}
