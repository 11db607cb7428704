/**
 * How `npm run package` builds the installers with electron-builder: an AppImage and a .deb on
 * Linux, an NSIS installer on Windows, a .dmg on macOS, each from the electron-vite build in out/
 * packed into a checked app.asar, with the fuses set in the afterPack hook.
 */
import type { Configuration } from 'electron-builder';
import { fusesAfterPack } from './fuses.ts';

export interface BuilderOptions {
  /** The installed Electron's folder, so electron-builder downloads nothing. */
  electronDist?: string;
  /** @electron/fuses' flipFuses; a test passes a stub to see what the hook sets. */
  flip?: Parameters<typeof fusesAfterPack>[0];
}

/** The electron-builder configuration. */
export function builderConfig({ electronDist, flip }: BuilderOptions = {}): Configuration {
  return {
    appId: 'app.liaison.desktop',
    productName: 'Liaison',
    copyright: 'Liaison',
    ...(electronDist ? { electronDist } : {}),
    directories: { output: 'out/packages' },
    // Only the build: the sources, tests and fixtures stay out of the installer.
    files: ['out/main/**', 'out/preload/**', 'out/renderer/**', 'package.json'],
    asar: true,
    linux: {
      target: ['AppImage', 'deb'],
      executableName: 'liaison',
      category: 'Office',
      maintainer: 'Liaison <liaison@example.com>',
      synopsis: 'Tailored status reports and stakeholder maps for technical program managers',
    },
    win: { target: ['nsis'] },
    nsis: { oneClick: false, perMachine: false, allowToChangeInstallationDirectory: true },
    mac: { target: ['dmg'], category: 'public.app-category.productivity', hardenedRuntime: true },
    afterPack: fusesAfterPack(flip),
  };
}
