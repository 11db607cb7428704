/**
 * One change to the open program, in memory: the operations a window or a command sent are
 * checked (nesting, values JSON can write), rebased onto the current program when they were made
 * on an older one, applied, and validated where they touch (the whole-file rules only when a
 * change can affect them). Nothing here reads or writes the disk: the store saves the result.
 */
import { applyOperations, OperationError, type Operation } from '../../shared/ipc/operations.ts';
import { rebase } from '../../shared/ipc/rebase.ts';
import type { ProgramFile } from '../../shared/schema/program.ts';
import { affectsWholeFileRules, validateProgramFile, validateTouched } from '../../shared/schema/validate.ts';
import { AppError } from './errors.ts';
import { MAX_NESTING, tooDeep } from './nesting.ts';

/** A change ready to save: the next program and the operations that made it from the current one. */
export interface PreparedChange {
  file: ProgramFile;
  operations: readonly Operation[];
  /** False when the change was rebased over changes its sender had not seen, or filled in by the schema. */
  exact: boolean;
}

/** Refuses values no save could write: nested too deep, or not JSON (a BigInt or a cycle crosses IPC). */
function checkValues(operations: readonly Operation[]): void {
  for (const op of operations) {
    if (op.op === 'remove') continue;
    const deep = tooDeep(op.value, MAX_NESTING, op.path.split('/').length - 1);
    if (deep !== null)
      throw new AppError(
        'invalid',
        `The change was not saved: ${op.path}${deep ? `/${deep}` : ''} is nested deeper than ${MAX_NESTING} levels.`,
      );
  }
  for (const op of operations) {
    if (op.op === 'remove') continue;
    try {
      JSON.stringify(op.value);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new AppError(
        'invalid',
        `The change was not saved: it holds a value that cannot be written as JSON (${reason}).`,
      );
    }
  }
}

/**
 * Applies `operations`, made on `from`, to `current` (rebased first when `from` is older) and
 * validates the result. Throws an AppError (invalid, or a conflict naming the item) and changes
 * nothing when the change cannot be made.
 */
export function prepareChange(
  current: ProgramFile,
  from: ProgramFile,
  operations: readonly Operation[],
): PreparedChange {
  checkValues(operations);
  let ops = operations;
  let exact = true;
  if (from !== current) {
    const rebased = rebase(from, current, operations);
    if (!rebased.ok)
      throw new AppError(
        'conflict',
        `The change was not saved: ${rebased.conflict} (since this copy was read). Reload to see the latest.`,
      );
    ops = rebased.operations;
    exact = false;
  }
  let applied;
  try {
    applied = applyOperations(current, ops);
  } catch (error) {
    if (error instanceof OperationError)
      throw new AppError('invalid', `The change was not saved: ${error.message}.`);
    throw error;
  }
  const semantic = ops.some((op, i) =>
    affectsWholeFileRules(op.op, applied.touched[i] ?? [], op.op === 'remove' ? undefined : op.value),
  );
  const result = validateTouched(applied.result, applied.touched, { semantic });
  if (!result.ok) throw invalid(result.problems);
  return { file: result.file, operations: ops, exact: exact && !result.normalized };
}

/**
 * The unsaved operations, made on `base`, rebased onto another writer's save (`theirs`) and the
 * result validated whole. `changed` starts the conflict's message ("payments.json changed on
 * disk"); `kept` ends it (what became of the user's change).
 */
export function rebasePending(
  base: ProgramFile,
  theirs: ProgramFile,
  pending: readonly Operation[],
  changed: string,
  kept: string,
): { file: ProgramFile; operations: Operation[] } {
  const rebased = rebase(base, theirs, pending);
  if (!rebased.ok)
    throw new AppError(
      'conflict',
      `${changed} (another person or program saved it), and a change could not be combined with theirs: ${rebased.conflict}.${kept}`,
    );
  const checked = validateProgramFile(rebased.result);
  if (!checked.ok)
    throw new AppError(
      'conflict',
      `${changed}, and your changes no longer fit with theirs: ${checked.problems.length} problem(s).${kept}`,
      checked.problems,
    );
  return { file: checked.file, operations: rebased.operations };
}

/** The error of a change (or a new file) that breaks validation, with every problem. */
export function invalid(problems: Array<{ path: string; message: string }>): AppError {
  const count = problems.length;
  return new AppError(
    'invalid',
    `The change was not saved: ${count} problem${count === 1 ? '' : 's'}.`,
    problems,
  );
}
