import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { FuseV1Options, type FuseConfig } from '@electron/fuses';
import { describe, expect, it, vi } from 'vitest';
import { builderConfig } from '../../../../electron/packaging/builder-config.ts';
import { FUSES, type PackedApp } from '../../../../electron/packaging/fuses.ts';
import { findElectronBinary } from '../../../../electron/node/electron-binary.ts';

const ROOT = resolve(import.meta.dirname, '../../../..');

function packed(platform: string): PackedApp {
  return {
    appOutDir: join('/build', `${platform}-unpacked`),
    electronPlatformName: platform,
    packager: { appInfo: { productFilename: 'Liaison' }, executableName: 'liaison' },
  };
}

/** Runs the configured afterPack hook on a fake context; answers what it asked flipFuses to do. */
async function afterPack(platform: string): Promise<Array<[string, FuseConfig]>> {
  const flip = vi.fn((_path: string, _fuses: FuseConfig) => Promise.resolve(0));
  const hook = builderConfig({ flip }).afterPack;
  if (typeof hook !== 'function') throw new Error('afterPack is not a function');
  await hook(packed(platform) as never);
  return flip.mock.calls;
}

describe('the electron-builder configuration', () => {
  it('builds an AppImage and a deb on Linux, an NSIS installer on Windows, a dmg on macOS', () => {
    const config = builderConfig();
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
    expect(config.win?.target).toEqual(['nsis']);
    expect(config.mac?.target).toEqual(['dmg']);
    expect(config.asar).toBe(true);
    // Only the build goes into the app: no sources, tests or fixtures.
    expect(config.files).toEqual(['out/main/**', 'out/preload/**', 'out/renderer/**', 'package.json']);
    expect(builderConfig({ electronDist: '/opt/electron' }).electronDist).toBe('/opt/electron');
  });

  it('sets every fuse in its afterPack hook, on the packaged executable of each platform', async () => {
    const known = Object.values(FuseV1Options).filter((v): v is number => typeof v === 'number');
    for (const [platform, executable] of [
      ['linux', join('/build', 'linux-unpacked', 'liaison')],
      ['win32', join('/build', 'win32-unpacked', 'Liaison.exe')],
      ['darwin', join('/build', 'darwin-unpacked', 'Liaison.app')],
    ] as const) {
      const calls = await afterPack(platform);
      expect(calls, platform).toHaveLength(1);
      const [path, fuses] = calls[0]!;
      expect(path).toBe(executable);
      expect(
        known.filter((option) => !(option in fuses)),
        platform,
      ).toEqual([]);
      expect(fuses).toMatchObject(FUSES);
      expect(fuses.resetAdHocDarwinSignature).toBe(platform === 'darwin');
    }
  });

  it('turns off the extra privileges of file://, since the window loads from app://', () => {
    expect(FUSES[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(false);
  });
});

describe('npm run package', () => {
  const binary = findElectronBinary(ROOT);
  it.skipIf(binary !== null)(
    'says in one line why it cannot package where Electron is not installed (skipped where it is: it would build)',
    () => {
      const run = spawnSync(
        process.execPath,
        ['--import', 'tsx', join(ROOT, 'electron/packaging/package.ts')],
        {
          cwd: ROOT,
          encoding: 'utf8',
          env: { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: '' },
        },
      );
      expect(run.status).toBe(1);
      expect(run.stdout).toBe('');
      expect(run.stderr.trim().split('\n')).toEqual([
        'Cannot package here: the Electron binary is not installed (node_modules/electron has no dist, and it cannot be downloaded on this machine).',
      ]);
    },
  );
});
