import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { findElectronBinary } from '../../electron/node/electron-binary.ts';

/** Checks the build exists and says, once, whether the Electron run of the specs will happen. */
export default function globalSetup(): void {
  const root = resolve(import.meta.dirname, '../..');
  const out = process.env.LIAISON_OUT_DIR ? resolve(process.env.LIAISON_OUT_DIR) : resolve(root, 'out');
  if (!existsSync(resolve(out, 'renderer/index.html')))
    throw new Error('The renderer is not built: run `npm run build` before the end-to-end tests.');
  if (!existsSync('/usr/bin/chromium'))
    throw new Error(
      "The end-to-end tests use Debian's Chromium at /usr/bin/chromium: sudo apt-get install chromium.",
    );
  if (!findElectronBinary(root))
    console.log(
      '[e2e] The Electron binary is not installed on this machine (it downloads on first use, and this ' +
        'network cannot reach its host): the "electron" project is skipped; the same specs run in the browser mode.',
    );
}
