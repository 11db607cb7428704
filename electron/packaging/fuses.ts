/**
 * Electron fuses for the packaged app (Electron's security checklist): switches compiled into the
 * binary that no environment variable or flag can turn back on. `npm run package` applies them in
 * electron-builder's afterPack hook; `npm run package:fuses -- <executable>` to one by hand.
 */
import { join } from 'node:path';
import { FuseV1Options, FuseVersion, flipFuses } from '@electron/fuses';

export const FUSES = {
  version: FuseVersion.V1,
  // The binary cannot be started as a plain Node.js (ELECTRON_RUN_AS_NODE).
  [FuseV1Options.RunAsNode]: false,
  // Cookies and other on-disk secrets are encrypted with the OS key store.
  [FuseV1Options.EnableCookieEncryption]: true,
  // NODE_OPTIONS cannot inject code or flags into the app.
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  // --inspect and friends cannot attach a debugger to the main process.
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  // The app code is checked against the hash in the binary, and loaded only from app.asar.
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: false,
  // The window loads from app://, so file:// pages get no extra powers (reading other files).
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
} as const;

/** Flips the fuses of the packaged Electron executable at `binary`. */
export async function applyFuses(binary: string): Promise<void> {
  await flipFuses(binary, FUSES);
}

/** What electron-builder tells its afterPack hook, as far as the fuses need it. */
export interface PackedApp {
  appOutDir: string;
  electronPlatformName: string;
  packager: { appInfo: { productFilename: string }; executableName?: string };
}

/** The packaged executable: the .app bundle on macOS, the .exe on Windows, the binary on Linux. */
export function packagedExecutable(context: PackedApp): string {
  const name = context.packager.appInfo.productFilename;
  if (context.electronPlatformName === 'darwin') return join(context.appOutDir, `${name}.app`);
  if (context.electronPlatformName === 'win32') return join(context.appOutDir, `${name}.exe`);
  return join(context.appOutDir, context.packager.executableName ?? name);
}

/**
 * electron-builder's afterPack hook: sets every fuse on the packaged executable before it is
 * signed and wrapped in its installer. `flip` is @electron/fuses' flipFuses (a test passes a stub).
 */
export function fusesAfterPack(flip: typeof flipFuses = flipFuses) {
  return async (context: PackedApp): Promise<void> => {
    // Flipping fuses breaks a macOS ad-hoc signature; this re-signs it (a real one is applied later).
    await flip(packagedExecutable(context), {
      ...FUSES,
      resetAdHocDarwinSignature: context.electronPlatformName === 'darwin',
    });
  };
}

const target = process.argv[2];
if (import.meta.url === `file://${process.argv[1] ?? ''}` && target) {
  await applyFuses(target);
  console.log(`Fuses set on ${target}.`);
}
