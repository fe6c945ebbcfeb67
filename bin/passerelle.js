#!/usr/bin/env node
// Entry point of the `passerelle` command: runs the TypeScript CLI through tsx, so no build step
// is needed after `npm install`.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/index.ts');
