import { sysCode } from './errors.ts';

/** True when a process with this id runs on this machine (EPERM: it runs, as another user). */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return sysCode(error) === 'EPERM';
  }
}
