#!/usr/bin/env node
console.log('parley-emulator: not started yet');
