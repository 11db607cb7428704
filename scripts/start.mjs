#!/usr/bin/env node
// `npm start`: build, then open the Electron app where its binary is installed; otherwise say so in
// one line and open the same app in the browser mode (127.0.0.1, per-run secret).
import { spawn, spawnSync } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

register();
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { findElectronBinary } = await import('../electron/node/electron-binary.ts');
const args = process.argv.slice(2).filter((a) => a !== '--dev');
const bin = (name) => resolve(root, 'node_modules', '.bin', name);

const build = spawnSync(bin('electron-vite'), ['build'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const electron = findElectronBinary(root);
const child = electron
  ? spawn(electron, [resolve(root, 'out/main/index.js'), ...args], { cwd: root, stdio: 'inherit' })
  : (console.log('Electron is not installed on this machine; opening Liaison in your browser instead.'),
    spawn(process.execPath, [resolve(root, 'bin/liaison.cjs'), 'serve', '--open', ...args], {
      cwd: root,
      stdio: 'inherit',
    }));
child.on('exit', (code) => process.exit(code ?? 0));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
