/**
 * `npm run soak`: the long runs of issue 7, printing their figures. It asserts nothing itself: a
 * broken invariant is printed as a FAIL line and the exit code is 1.
 *
 *   SOAK_KILLS=200          SIGKILLs during saves of a large program file
 *   SOAK_KILL_PARALLEL=2    save loops killed at once (each on its own file)
 *   SOAK_FUZZ=10000         random payloads per IPC channel
 *   SOAK_SEED=<n>           the fuzz seed (printed; pass it back to repeat a run)
 *   SOAK_WRITERS=200        rounds of two command-line writers and the browser-mode server on one file
 *   SOAK_ONLY=kill|fuzz|writers   one of them
 *   SOAK_KNOWN_BUGS=1       also send the payloads of known, unfixed bugs (expected to FAIL)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHANNELS } from '../shared/ipc/channels.ts';
import {
  DESKTOP_CHANNELS,
  fuzzChannels,
  KNOWN_BUGS,
  type ChannelStats,
} from '../tests/unit/security/ipc-fuzz.ts';
import { writersRace } from '../tests/helpers/writers-race.ts';
import { killSoak } from './kill.ts';

const env = process.env;
const kills = Number(env.SOAK_KILLS ?? 200);
const perChannel = Number(env.SOAK_FUZZ ?? 10_000);
const seed = Number(env.SOAK_SEED ?? Date.now() % 1_000_000_007);
const only = env.SOAK_ONLY;

// Nothing here may touch the real user's files: the app's data folder and HOME point at a temp folder.
const home = mkdtempSync(join(tmpdir(), 'liaison-soak-home-'));
env.HOME = home;
env.LIAISON_DATA_DIR = join(home, 'data');

const failures: string[] = [];
const log = (line: string) => console.log(line);
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

function row(cells: Array<string | number>, widths: number[]): string {
  return cells
    .map((c, i) => (i === 0 ? String(c).padEnd(widths[i] ?? 0) : String(c).padStart(widths[i] ?? 0)))
    .join('  ');
}

function printChannels(stats: ChannelStats[]): void {
  const codes = [...new Set(stats.flatMap((s) => Object.keys(s.codes)))].sort();
  const widths = [26, 6, 6, 8, 8, 6, ...codes.map((c) => Math.max(c.length, 5)), 10];
  log(row(['channel', 'calls', 'ok', 'accepted', 'confined', 'skip', ...codes, 'slowest'], widths));
  for (const s of stats)
    log(
      row(
        [
          s.channel,
          s.calls,
          s.ok,
          s.accepted,
          s.confined,
          s.skipped,
          ...codes.map((c) => s.codes[c] ?? 0),
          `${s.slowestMs.toFixed(0)} ms`,
        ],
        widths,
      ),
    );
}

async function main(): Promise<void> {
  log(`Liaison soak, ${new Date().toISOString()}, node ${process.version}, seed ${seed}`);

  if (only === undefined || only === 'writers') {
    const rounds = Number(env.SOAK_WRITERS ?? 200);
    log(
      `\n[writers] ${rounds} rounds: two stakeholders imports (a different person each) while the browser-mode server records a report, on one file`,
    );
    const w = await writersRace({ rounds, log });
    log(
      `  rounds: ${w.rounds}   lost updates: ${w.lost}   broken files: ${w.broken}   time: ${seconds(w.ms)}`,
    );
    log(`  refused writes: ${w.refused.length}, of which without a reason: ${w.silent}`);
    for (const line of w.refused.slice(0, 20)) log(`    ${line}`);
    failures.push(...w.failures.map((f) => `writers: ${f}`));
    if (w.silent > 0) failures.push(`writers: ${w.silent} refused write(s) did not say why`);
  }

  if (only !== 'fuzz' && only !== 'writers') {
    const parallel = Number(env.SOAK_KILL_PARALLEL ?? 2);
    log(
      `\n[kill] ${kills} SIGKILLs during saves of a large program (1,000 stakeholders, 5,000 items), ${parallel} at a time`,
    );
    const k = await killSoak({ rounds: kills, parallel, log });
    log(`  rounds: ${k.rounds}   failures: ${k.failures.length}   time: ${seconds(k.ms)}`);
    log(
      `  file: ${(k.fileBytes / 1e6).toFixed(1)} MB; ${k.saves} saves acknowledged, mean save ${k.meanSaveMs.toFixed(0)} ms`,
    );
    log(
      `  after each kill the file parsed, validated and held: the last acknowledged save ${k.beforeRename} times, the save in flight ${k.afterRename} times`,
    );
    log(`  temp files left beside the program by killed saves: ${k.leftoverTemps}`);
    failures.push(...k.failures.map((f) => `kill: ${f}`));
  }

  if (only !== 'kill' && only !== 'writers') {
    const knownBugs = env.SOAK_KNOWN_BUGS === '1';
    log(
      `\n[fuzz] ${CHANNELS.length} channels × ${perChannel.toLocaleString('en-US')} payloads through dispatch (seed ${seed})`,
    );
    if (knownBugs) log('  sending only the payloads of known bugs: these are expected to FAIL until fixed');
    else for (const bug of KNOWN_BUGS) log(`  SKIP known bug (SOAK_KNOWN_BUGS=1 to send it): ${bug}`);
    const f = await fuzzChannels({
      perChannel,
      seed,
      timeoutMs: 10_000,
      chdir: true,
      knownBugs,
      onChannel: (s) =>
        log(`  ${s.channel}: ${s.calls} calls, ${s.ok} ok, slowest ${s.slowestMs.toFixed(0)} ms`),
    });
    log('');
    printChannels(f.stats);
    const slowest = f.stats.reduce((a, b) => (b.slowestMs > a.slowestMs ? b : a));
    const calls = f.stats.reduce((n, s) => n + s.calls, 0);
    log(
      `  calls: ${calls.toLocaleString('en-US')}   failures: ${f.failures.length}   time: ${seconds(f.ms)}`,
    );
    log(`  slowest call: ${slowest.channel} ${slowest.slowestMs.toFixed(0)} ms (${slowest.slowestKind})`);
    log(`  program files the session held (all still open cleanly): ${f.programPaths.length}`);
    failures.push(...f.failures.map((x) => `fuzz: ${x}`));

    if (!knownBugs) {
      log(
        `\n[fuzz, desktop] the ${DESKTOP_CHANNELS.length} channels with dialogs or the shell × ${perChannel.toLocaleString('en-US')}, as the desktop app (dialogs cancelled, the shell recording)`,
      );
      const d = await fuzzChannels({
        perChannel,
        seed: seed + 1,
        timeoutMs: 10_000,
        chdir: true,
        desktop: true,
        channels: DESKTOP_CHANNELS,
      });
      printChannels(d.stats);
      const opened = d.stats.filter((s) => s.channel.startsWith('shell:')).reduce((n, s) => n + s.ok, 0);
      log(
        `  failures: ${d.failures.length}   time: ${seconds(d.ms)}   documents opened or revealed (each one written in the run): ${opened}`,
      );
      failures.push(...d.failures.map((x) => `fuzz, desktop: ${x}`));
    }
  }

  log('');
  for (const f of failures.slice(0, 200)) log(`FAIL ${f}`);
  if (failures.length > 200) log(`FAIL …and ${failures.length - 200} more`);
  log(failures.length === 0 ? 'soak: every invariant held' : `soak: ${failures.length} invariant(s) broke`);
}

try {
  await main();
} catch (error) {
  console.log(
    `FAIL the soak itself crashed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
  );
  failures.push('crash');
} finally {
  rmSync(home, { recursive: true, force: true });
}
process.exit(failures.length === 0 ? 0 : 1);
