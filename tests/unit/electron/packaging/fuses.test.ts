import { FuseV1Options } from '@electron/fuses';
import { describe, expect, it } from 'vitest';
import { FUSES } from '../../../../electron/packaging/fuses.ts';

describe('the fuses of the packaged app', () => {
  it('turn off every way to run other code in the app: run-as-node, NODE_OPTIONS, --inspect', () => {
    expect(FUSES[FuseV1Options.RunAsNode]).toBe(false);
    expect(FUSES[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(false);
    expect(FUSES[FuseV1Options.EnableNodeCliInspectArguments]).toBe(false);
  });

  it('load the app only from a checked app.asar, and encrypt cookies', () => {
    expect(FUSES[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(true);
    expect(FUSES[FuseV1Options.OnlyLoadAppFromAsar]).toBe(true);
    expect(FUSES[FuseV1Options.EnableCookieEncryption]).toBe(true);
  });

  it('set every fuse this version of Electron knows, none left to its default by omission', () => {
    const known = Object.values(FuseV1Options).filter((v): v is number => typeof v === 'number');
    expect(known.filter((option) => !(option in FUSES))).toEqual([]);
  });
});
