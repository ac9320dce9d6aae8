import type { DeclarativeRuleSpec, Rule } from '@xxgk-lint/core';
import { compileDeclarative } from '@xxgk-lint/core';
import { docsUrl } from '../docs.js';

/** a national rule written as data: the spec minus its id, which is `national/<name>` */
export type NationalSpec = Omit<DeclarativeRuleSpec, 'id'>;

/** Compiled by core's declarative compiler, as a county's rule is; its docs page is the pack's own. */
export function compileNational(name: string, spec: NationalSpec): Rule {
  const location = { file: `@xxgk-lint/rules-national/src/declarative/${name}.ts`, path: [], lineOf: () => undefined };
  return compileDeclarative({ ...spec, id: `national/${name}` }, location, { docsUrl: () => docsUrl(name) }).rule;
}
