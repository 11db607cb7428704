/** `liaison validate <file>`: exit 0 when valid, else one line per problem with its path. */
import { basename } from 'node:path';
import { AppError } from '../../node/errors.ts';
import { readProgramFile } from '../../node/program-file.ts';
import { EXIT, printError, type Output } from '../output.ts';

export async function validateCommand(path: string, io: Output): Promise<number> {
  try {
    const { file, migratedFrom } = await readProgramFile(path);
    const counts = [
      `${file.stakeholders.length} stakeholders`,
      `${file.milestones.length} milestones`,
      `${file.risks.length} risks`,
      `${file.decisions.length} decisions`,
      `${file.actions.length} actions`,
    ].join(', ');
    const older = migratedFrom ? ` (format ${migratedFrom}; it will be upgraded when saved)` : '';
    io.out(`${basename(path)} is valid: ${counts}${older}.`);
    return EXIT.ok;
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    printError(io, error);
    return EXIT.problem;
  }
}
