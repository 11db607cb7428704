import { readFile } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch, type Handlers } from '../../../../electron/node/dispatch.ts';
import type { AppliedEdit, OpenDocument } from '../../../../shared/ipc/contract.ts';
import type { Envelope } from '../../../../shared/ipc/envelope.ts';
import type { ProgramFile } from '../../../../shared/schema/program.ts';
import { openFixtureSession, type OpenSession } from '../../../helpers/open-session.ts';

let path: string;
let handlers: Handlers;
let opened: OpenSession;

beforeEach(async () => {
  opened = await openFixtureSession('liaison-apply-');
  ({ path, handlers } = opened);
});
afterEach(() => opened.close());

const onDisk = async () => JSON.parse(await readFile(path, 'utf8')) as ProgramFile;
const current = async () => {
  const envelope = (await dispatch(handlers, 'file:current', {})) as Envelope<OpenDocument>;
  if (!envelope.ok) throw new Error(envelope.error.message);
  return envelope.value;
};

describe('file:apply called 20 times at once with the same baseRevision', () => {
  it('answers every call, loses none, and disk equals memory after each of 10 rounds', async () => {
    for (let round = 0; round < 10; round++) {
      const doc = await current();
      const template = doc.file.stakeholders[0]!;
      // Each call adds its own person and retitles its own existing person (as 20 windows would).
      const calls = Array.from({ length: 20 }, (_, i) => {
        const id = `stk-r${round}-c${i}`;
        const ops = [
          {
            op: 'add',
            path: '/stakeholders/-',
            value: {
              ...template,
              id,
              name: `Person ${round}.${i}`,
              email: `${id}@example.com`,
              expectations: [],
              interactions: [],
            },
          },
          { op: 'replace', path: `/stakeholders/${i % 10}/title`, value: `Title ${round}.${i}` },
        ];
        return dispatch(handlers, 'file:apply', { ops, baseRevision: doc.revision }) as Promise<
          Envelope<AppliedEdit>
        >;
      });
      const answers = await Promise.all(calls);
      expect(answers).toHaveLength(20);
      // The ten people each retitled twice in a round: the second edit of the same field from the
      // same old copy is a conflict that names the person; every other call was taken.
      const accepted = answers.filter((a) => a.ok);
      const refused = answers.flatMap((a) => (a.ok ? [] : [a.error]));
      expect(accepted.length + refused.length).toBe(20);
      for (const error of refused) {
        expect(error.code).toBe('conflict');
        expect(error.message).toMatch(/stakeholder ".+" \(.+\), title: the other writer changed it too/);
      }
      const disk = await onDisk();
      const memory = (await current()).file;
      expect(disk).toEqual(memory);
      expect((await current()).dirty).toBe(false);
      // None lost: every accepted call's person is in the file.
      const ids = new Set(disk.stakeholders.map((s) => s.id));
      answers.forEach((a, i) => expect(ids.has(`stk-r${round}-c${i}`)).toBe(a.ok));
      expect(accepted.length).toBeGreaterThanOrEqual(10);
    }
  }, 60_000);

  it('takes 20 concurrent edits of different people, all of them', async () => {
    const doc = await current();
    const answers = (await Promise.all(
      doc.file.stakeholders.map((s, i) =>
        dispatch(handlers, 'file:apply', {
          ops: [{ op: 'replace', path: `/stakeholders/${i}/organization`, value: `Org ${i}` }],
          baseRevision: doc.revision,
        }),
      ),
    )) as Array<Envelope<AppliedEdit>>;
    expect(answers.every((a) => a.ok)).toBe(true);
    const disk = await onDisk();
    expect(disk.stakeholders.map((s) => s.organization)).toEqual(
      doc.file.stakeholders.map((_, i) => `Org ${i}`),
    );
    expect(disk).toEqual((await current()).file);
  });
});
