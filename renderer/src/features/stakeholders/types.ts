/** The one way this screen changes the program: `useDocument().edit`, with a label for undo. */
import type { ProgramFile } from '../../../../shared/schema/program.ts';

export type Edit = (label: string, change: (file: ProgramFile) => ProgramFile) => Promise<boolean>;
