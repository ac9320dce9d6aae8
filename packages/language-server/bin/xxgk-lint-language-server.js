#!/usr/bin/env node
// xxgk-lint-language-server --stdio: the language server over standard input/output
// (stdio.ts answers initialize before the server's modules load)
import { startStdio } from '../dist/stdio.js';

void startStdio();
