import { readFileSync } from 'node:fs';
import { renderDocument } from '../electron/node/document-render.ts';
import { dueList } from '../shared/domain/cadence.ts';
const file = JSON.parse(readFileSync('/tmp/coldt/due200.json', 'utf8'));
const due = dueList(file, '2026-11-20');
for (let round = 0; round < 3; round++) {
  const t = performance.now(); let bytes = 0;
  for (const d of due) bytes += (await renderDocument(file, { kind: 'report', stakeholderId: d.stakeholderId }, { today: '2026-11-20' })).bytes.length;
  const ms = performance.now() - t;
  console.log(`round ${round}: ${due.length} docs ${ms.toFixed(0)} ms = ${(ms / due.length).toFixed(2)} ms/doc, avg ${(bytes / due.length / 1024).toFixed(1)} KB`);
}
const { Session } = await import('node:inspector/promises');
const s = new Session(); s.connect(); await s.post('Profiler.enable'); await s.post('Profiler.setSamplingInterval', { interval: 100 }); await s.post('Profiler.start');
for (const d of due) await renderDocument(file, { kind: 'report', stakeholderId: d.stakeholderId }, { today: '2026-11-20' });
const { profile } = await s.post('Profiler.stop');
const fs = await import('node:fs'); fs.rmSync('/tmp/b200prof', { recursive: true, force: true }); fs.mkdirSync('/tmp/b200prof'); fs.writeFileSync('/tmp/b200prof/p.cpuprofile', JSON.stringify(profile));
