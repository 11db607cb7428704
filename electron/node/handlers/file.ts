/** The file handlers: new, open, save, save as, update, recent. Plain functions over the session. */
import { resolve } from 'node:path';
import { demoProgram } from '../../../shared/demo/demo-program.ts';
import { emptyProgram, newProgramProblems } from '../../../shared/record/new-program.ts';
import type { Handlers } from '../dispatch.ts';
import { AppError } from '../errors.ts';
import type { Session } from '../session.ts';
import { ProgramStore } from '../store.ts';

type FileHandlers = Pick<
  Handlers,
  | 'file:current'
  | 'file:new'
  | 'file:newEmpty'
  | 'file:open'
  | 'file:save'
  | 'file:saveAs'
  | 'file:apply'
  | 'file:reload'
  | 'file:recent'
>;

export function fileHandlers(session: Session): FileHandlers {
  return {
    'file:current': () => Promise.resolve(session.store ? session.document() : null),

    'file:new': async ({ path }) => {
      const target = await session.pathFrom(path, (d) => d.saveFile('New program.json'));
      if (!target) return null;
      const store = await ProgramStore.create(
        resolve(target),
        demoProgram(session.today()),
        session.storeOptions,
      );
      return session.adopt(store);
    },

    'file:newEmpty': async ({ path, name, start, end, sponsor }) => {
      const details = {
        name,
        ...(start ? { start } : {}),
        ...(end ? { end } : {}),
        ...(sponsor ? { sponsor } : {}),
      };
      const problems = newProgramProblems(details);
      if (problems.length > 0)
        throw new AppError(
          'bad-request',
          problems.join(' '),
          problems.map((message) => ({ path: 'program', message })),
        );
      const target = await session.pathFrom(path, (d) => d.saveFile(`${name.trim() || 'New program'}.json`));
      if (!target) return null;
      const store = await ProgramStore.create(
        resolve(target),
        emptyProgram(details, session.today()),
        session.storeOptions,
      );
      return session.adopt(store);
    },

    'file:open': async ({ path }) => {
      const target = await session.pathFrom(path, (d) => d.openFile());
      if (!target) return null;
      try {
        return await session.adopt(await ProgramStore.open(resolve(target), session.storeOptions));
      } catch (error) {
        session.lastFailedPath = resolve(target);
        await session.settings.removeRecent(resolve(target)).catch(() => undefined);
        throw error;
      }
    },

    'file:save': async () => {
      await session.requireStore().save();
      return session.document();
    },

    'file:saveAs': async ({ path }) => {
      const store = session.requireStore();
      const target = await session.pathFrom(path, (d) => d.saveFile(store.path));
      if (!target) return null;
      await store.saveAs(resolve(target));
      return session.adopt(store);
    },

    'file:apply': async ({ ops, baseRevision }) => {
      const outcome = await session.apply(ops, baseRevision);
      const { file, ...rest } = session.document();
      return { ...rest, file: outcome.exact ? null : file };
    },

    'file:reload': async () => {
      await session.requireStore().reload();
      return session.document();
    },

    'file:recent': () => Promise.resolve([...session.settings.value.recentFiles]),
  };
}
