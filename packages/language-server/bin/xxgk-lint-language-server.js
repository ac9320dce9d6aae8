#!/usr/bin/env node
// xxgk-lint-language-server --stdio: the language server over standard input/output
import { startStdioServer } from '../dist/index.js';

startStdioServer();
