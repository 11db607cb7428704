/**
 * Electron fuses for the packaged app (Electron's security checklist): switches compiled into the
 * binary that no environment variable or flag can turn back on. Applied to a packaged binary with
 * `npm run package:fuses -- <path to the packaged Electron executable>`.
 */
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

const target = process.argv[2];
if (import.meta.url === `file://${process.argv[1] ?? ''}` && target) {
  await applyFuses(target);
  console.log(`Fuses set on ${target}.`);
}
