/**
 * `npm run package`: builds the app and its installers for this platform where the Electron
 * binary is installed; where it is not (it cannot be downloaded here), says so in one line.
 */
import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findElectronBinary } from '../node/electron-binary.ts';
import { builderConfig } from './builder-config.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
if (!findElectronBinary(root)) {
  console.error(
    'Cannot package here: the Electron binary is not installed (node_modules/electron has no dist, and it cannot be downloaded on this machine).',
  );
  process.exit(1);
}
const built = spawnSync(join(root, 'node_modules', '.bin', 'electron-vite'), ['build'], {
  cwd: root,
  stdio: 'inherit',
});
if (built.status !== 0) process.exit(built.status ?? 1);
const { build } = await import('electron-builder');
const dist = process.env.ELECTRON_OVERRIDE_DIST_PATH || join(root, 'node_modules', 'electron', 'dist');
const written = await build({
  projectDir: root,
  config: builderConfig({ electronDist: dist }),
  publish: 'never',
});
for (const file of written) console.log(`Written: ${file}`);
