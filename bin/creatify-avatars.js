#!/usr/bin/env node
process.env.CREATIFY_AVATARS_CLI = '1';
await import('../dist/index.js');
