import { readFileSync } from 'node:fs';
import { composeReport } from '../shared/reports/compose.ts';
import { sanitizeDoc } from '../shared/docx/sanitize.ts';
import { blocksXml } from '../shared/docx/xml/blocks.ts';
import { ListInstances } from '../shared/docx/xml/numbering.ts';
import { SIZES } from '../shared/docx/styles.ts';
import { dueList } from '../shared/domain/cadence.ts';
const file = JSON.parse(readFileSync('/tmp/coldt/due200.json', 'utf8'));
const due = dueList(file, '2026-11-20').slice(0, 60);
const enc = new TextEncoder();
let tb = 0, te = 0, tf = 0, len = 0, two = 0;
for (let r = 0; r < 3; r++) for (const d of due) {
  const doc = sanitizeDoc(composeReport(file, d.stakeholderId, { today: '2026-11-20' }).doc);
  let t = performance.now();
  const xml = blocksXml(doc.blocks, { contentWidth: 9000, sizes: SIZES, lists: new ListInstances() });
  tb += performance.now() - t; t = performance.now();
  enc.encode(xml); te += performance.now() - t;
  const flat = (' ' + xml).slice(1); t = performance.now(); enc.encode(flat + ''); tf += performance.now() - t;
  len += xml.length; if (/[^\u0000-\u00ff]/.test(xml)) two++;
}
const n = due.length * 3;
console.log({ build: (tb / n).toFixed(3), encode: (te / n).toFixed(3), encodeAgain: (tf / n).toFixed(3), avgLen: Math.round(len / n), twoByte: two / n });
