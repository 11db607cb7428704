/**
 * The app's own settings, kept in its data folder (never beside a program file): recent files and
 * the folder documents were last written to. A damaged settings file is set aside, not fatal.
 */
import { mkdir, readFile, rename } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { writeFileDurably } from './durable-write.ts';

const settingsSchema = z.looseObject({
  recentFiles: z.array(z.string()).default([]),
  outputDir: z.string().optional(),
  /** The user's own Word template whose styles documents use. */
  wordTemplate: z.string().optional(),
});
export type Settings = z.infer<typeof settingsSchema>;

const MAX_RECENT = 10;

export class SettingsStore {
  private constructor(
    private readonly path: string,
    private data: Settings,
  ) {}

  static async load(dataDir: string): Promise<SettingsStore> {
    const path = join(dataDir, 'settings.json');
    await mkdir(dataDir, { recursive: true });
    const text = await readFile(path, 'utf8').catch(() => null);
    if (text === null) return new SettingsStore(path, settingsSchema.parse({}));
    try {
      return new SettingsStore(path, settingsSchema.parse(JSON.parse(text)));
    } catch {
      // Keep the damaged file for the user to inspect, and start again (Podman Desktop does this).
      await rename(path, `${path}.damaged-${Date.now()}`).catch(() => undefined);
      return new SettingsStore(path, settingsSchema.parse({}));
    }
  }

  get value(): Readonly<Settings> {
    return this.data;
  }

  async update(change: Partial<Settings>): Promise<void> {
    await this.replace({ ...this.data, ...change });
  }

  async replace(next: Settings): Promise<void> {
    this.data = next;
    await writeFileDurably(this.path, `${JSON.stringify(this.data, null, 2)}\n`);
  }

  /** Puts `path` first in the recent files, without duplicates. */
  async addRecent(path: string): Promise<void> {
    const recentFiles = [path, ...this.data.recentFiles.filter((p) => p !== path)].slice(0, MAX_RECENT);
    await this.update({ recentFiles });
  }

  /** Takes `path` out of the recent files (it failed to open): the list offers only files that open. */
  async removeRecent(path: string): Promise<void> {
    if (!this.data.recentFiles.includes(path)) return;
    await this.update({ recentFiles: this.data.recentFiles.filter((p) => p !== path) });
  }
}

/** The app's data folder outside Electron (the command line, the browser mode). */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (env.LIAISON_DATA_DIR) return env.LIAISON_DATA_DIR;
  const home = env.HOME ?? env.USERPROFILE ?? '.';
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), 'Liaison');
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', 'Liaison');
  return join(env.XDG_CONFIG_HOME ?? join(home, '.config'), 'Liaison');
}
