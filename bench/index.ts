/** `npm run bench`: prints the figures; it asserts nothing (speed targets live here, not in tests). */
import { benchReports } from './reports.ts';
import { benchStore } from './store.ts';

console.log(`Liaison benchmarks · Node ${process.version} · ${new Date().toISOString()}`);
await benchStore();
await benchReports();
