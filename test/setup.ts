import { describe, it } from 'vitest';
import { RuleTester } from '@xxgk-lint/core/testing';

RuleTester.describe = describe;
RuleTester.it = it;
