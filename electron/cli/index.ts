/**
 * The `liaison` command line: parses arguments and prints; the work is in electron/node. Each
 * command's module is imported when that command runs, so `validate` never loads the Word stack.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { isIsoDate, localToday } from '../../shared/domain/dates.ts';
import { isTimeZone, machineTimeZone } from '../../shared/meetings/time-zone.ts';
import { STAKEHOLDER_TEMPLATES, type StakeholderTemplate } from '../../shared/schema/program.ts';
import { AppError } from '../node/errors.ts';
import { consoleOutput, EXIT, printError, type Output } from './output.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export const USAGE = `Usage: liaison <command> [options]

  validate <file>                                   check a program file; every problem with its path
  report <file> --stakeholder <id|name> [--template T] [--email]
                                                    write one tailored Word document
  report <file> --due                               one document for each reader due for an update
  checklist <file> --meeting <id>                   the pre-meeting checklist as a Word document
  meetings import <file> --ics <ics> [--add-unknown] [--time-zone Z] [--dry-run]
                                                    add the invitation's meetings; attendees matched
                                                    by email (--add-unknown: add the others to the map)
  period next <file> [--dry-run]                    move the reporting period forward by its own length
  serve [file] [--port N] [--open]                  open the app in the browser (127.0.0.1 only)
  stakeholders import <file> --csv <csv> [--dry-run]
                                                    add and update people from a CSV (matched on id or email)
  stakeholders export <file> --csv <csv> [--force]  write the people to a new CSV (never the private notes)
  plan <file> [--weeks N] [--ics F] [--csv F] [--docx DIR] [--force]
                                                    the communication plan: the weeks as text, or as a
                                                    calendar, the matrix as CSV and the Word plan
  new <file> --name N [--start D --end D] [--sponsor NAME]
                                                    write a new, empty program (never over a file)
  new <file> --demo                                 write the demo program to a new file
  items import <file> --csv <export.csv> [--reason R] [--dry-run]
                                                    add and update milestones, risks, dependencies and
                                                    actions from a Jira, Linear or GitHub CSV export
  interactions import <file> --eml <files...> [--dry-run]
                                                    log emails (.eml) with the stakeholders they involve

Options: --today YYYY-MM-DD (the day to compute for), --out DIR (where documents go; default
the current folder), --dry-run (write documents but record nothing in the program file),
--styles FILE (a .docx or .dotx whose styles the documents take), --email (an email draft, .eml,
beside each report: To the reader, the document as its body, the .docx attached; never sent)`;

function version(): string {
  const pkg = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')) as { version: string };
  return pkg.version;
}

/** Runs the command line; returns the exit code. */
export async function main(argv: string[], io: Output = consoleOutput): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: negativeWeeksAsValue(argv),
      allowPositionals: true,
      options: {
        today: { type: 'string' },
        out: { type: 'string' },
        stakeholder: { type: 'string' },
        template: { type: 'string' },
        meeting: { type: 'string' },
        due: { type: 'boolean', default: false },
        'dry-run': { type: 'boolean', default: false },
        styles: { type: 'string' },
        port: { type: 'string' },
        ics: { type: 'string' },
        'add-unknown': { type: 'boolean', default: false },
        'time-zone': { type: 'string' },
        open: { type: 'boolean', default: false },
        csv: { type: 'string' },
        force: { type: 'boolean', default: false },
        weeks: { type: 'string' },
        docx: { type: 'string' },
        email: { type: 'boolean', default: false },
        name: { type: 'string' },
        start: { type: 'string' },
        end: { type: 'string' },
        sponsor: { type: 'string' },
        demo: { type: 'boolean', default: false },
        reason: { type: 'string' },
        eml: { type: 'string', multiple: true },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    io.err(error instanceof Error ? error.message : String(error));
    io.err(USAGE);
    return EXIT.usage;
  }
  const { values, positionals } = parsed;
  const [command, ...rest] = positionals;
  if (values.help || !command) {
    if (values.help) {
      io.out(USAGE);
      return EXIT.ok;
    }
    io.err(USAGE);
    return EXIT.usage;
  }
  if (values.today !== undefined && !isIsoDate(values.today)) {
    io.err(`--today must be a date as YYYY-MM-DD, not "${values.today}".`);
    return EXIT.usage;
  }
  try {
    switch (command) {
      case 'validate': {
        if (rest.length !== 1) return usage(io, 'validate takes exactly one file.');
        const { validateCommand } = await import('./commands/validate.ts');
        return await validateCommand(rest[0] as string, io);
      }
      case 'report':
      case 'checklist': {
        if (rest.length !== 1) return usage(io, `${command} takes exactly one program file.`);
        const template = values.template;
        if (template !== undefined && !isStakeholderTemplate(template))
          return usage(
            io,
            `--template must be one of ${STAKEHOLDER_TEMPLATES.join(', ')}, not "${template}".`,
          );
        const options = {
          file: rest[0] as string,
          today: values.today ?? localToday(),
          outDir: resolve(values.out ?? '.'),
          dryRun: values['dry-run'],
          email: values.email,
          ...(values.styles ? { styles: resolve(values.styles) } : {}),
        };
        const { documentCommand, reportRequests } = await import('./commands/report.ts');
        if (command === 'checklist') {
          const meetingId = values.meeting;
          if (!meetingId) return usage(io, 'checklist needs --meeting <id>.');
          return await documentCommand(options, () => [{ kind: 'checklist', meetingId }], io);
        }
        if (!values.due && !values.stakeholder)
          return usage(io, 'report needs --stakeholder <id|name> or --due.');
        return await documentCommand(
          options,
          (file) =>
            reportRequests(
              file,
              {
                due: values.due,
                ...(values.stakeholder ? { stakeholder: values.stakeholder } : {}),
                ...(template ? { template } : {}),
              },
              options.today,
            ),
          io,
        );
      }
      case 'meetings': {
        const [sub, file, ...extra] = rest;
        if (sub !== 'import' || !file || extra.length > 0)
          return usage(io, 'meetings takes: meetings import <file> --ics <ics>.');
        if (!values.ics) return usage(io, 'meetings import needs --ics <ics>.');
        const timeZone = values['time-zone'] ?? machineTimeZone();
        if (!isTimeZone(timeZone))
          return usage(io, `--time-zone must be a time zone such as Europe/Madrid, not "${timeZone}".`);
        const { meetingsImportCommand } = await import('./commands/meetings.ts');
        return await meetingsImportCommand(
          {
            file,
            ics: values.ics,
            addUnknown: values['add-unknown'],
            timeZone,
            today: values.today ?? localToday(),
            dryRun: values['dry-run'],
          },
          io,
        );
      }
      case 'period': {
        const [sub, file, ...extra] = rest;
        if (sub !== 'next' || !file || extra.length > 0)
          return usage(io, 'period takes: period next <file>.');
        const { periodNextCommand } = await import('./commands/period.ts');
        return await periodNextCommand({ file, dryRun: values['dry-run'] }, io);
      }
      case 'serve': {
        const port = values.port === undefined ? undefined : Number(values.port);
        if (port !== undefined && (!Number.isInteger(port) || port < 0 || port > 65535))
          return usage(io, `--port must be a port number, not "${values.port}".`);
        const { serveCommand } = await import('./commands/serve.ts');
        return await serveCommand(
          {
            ...(rest[0] ? { file: rest[0] } : {}),
            ...(port !== undefined ? { port } : {}),
            ...(values.today ? { today: values.today } : {}),
            open: values.open,
            rendererDir: resolve(ROOT, 'out/renderer'),
            version: version(),
          },
          io,
        );
      }
      case 'stakeholders': {
        const [action, file, ...extra] = rest;
        if ((action !== 'import' && action !== 'export') || !file || extra.length > 0)
          return usage(io, 'stakeholders takes import or export, then one program file.');
        if (!values.csv) return usage(io, `stakeholders ${action} needs --csv <csv>.`);
        const options = { file, csv: resolve(values.csv), dryRun: values['dry-run'], force: values.force };
        const { exportStakeholders, importStakeholders } = await import('./commands/stakeholders.ts');
        return action === 'import'
          ? await importStakeholders(options, io)
          : await exportStakeholders(options, io);
      }
      case 'plan': {
        const { planCommand } = await import('./commands/plan.ts');
        return await planCommand(rest, values, io);
      }
      case 'new': {
        if (rest.length !== 1) return usage(io, 'new takes exactly one file to create.');
        const { newCommand } = await import('./commands/new.ts');
        return await newCommand(
          {
            file: rest[0] as string,
            ...(values.name !== undefined ? { name: values.name } : {}),
            ...(values.start !== undefined ? { start: values.start } : {}),
            ...(values.end !== undefined ? { end: values.end } : {}),
            ...(values.sponsor !== undefined ? { sponsor: values.sponsor } : {}),
            demo: values.demo,
            today: values.today ?? localToday(),
          },
          io,
        );
      }
      case 'items': {
        const [sub, file, ...extra] = rest;
        if (sub !== 'import' || !file || extra.length > 0)
          return usage(io, 'items takes: items import <file> --csv <export.csv>.');
        if (!values.csv) return usage(io, 'items import needs --csv <export.csv>.');
        const { itemsImportCommand } = await import('./commands/items.ts');
        return await itemsImportCommand(
          {
            file,
            csv: resolve(values.csv),
            ...(values.reason !== undefined ? { reason: values.reason } : {}),
            dryRun: values['dry-run'],
            today: values.today ?? localToday(),
          },
          io,
        );
      }
      case 'interactions': {
        // `--eml a.eml b.eml`: the files after the first arrive as positionals.
        const [sub, file, ...more] = rest;
        const emls = [...(values.eml ?? []), ...more];
        if (sub !== 'import' || !file)
          return usage(io, 'interactions takes: interactions import <file> --eml <files...>.');
        if (!values.eml || emls.length === 0) return usage(io, 'interactions import needs --eml <files...>.');
        const { interactionsImportCommand } = await import('./commands/interactions.ts');
        return await interactionsImportCommand(
          { file, emls: emls.map((e) => resolve(e)), dryRun: values['dry-run'] },
          io,
        );
      }
      default:
        return usage(io, `Unknown command "${command}".`);
    }
  } catch (error) {
    if (error instanceof AppError) {
      printError(io, error);
      return EXIT.problem;
    }
    throw error;
  }
}

/** `--weeks -1` is a (wrong) value, not an option: passed on as `--weeks=-1` for plan to name. */
function negativeWeeksAsValue(argv: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const next = argv[i + 1];
    if (argv[i] === '--weeks' && next !== undefined && /^-\d/.test(next)) {
      out.push(`--weeks=${next}`);
      i++;
    } else out.push(argv[i] as string);
  }
  return out;
}

function isStakeholderTemplate(value: string): value is StakeholderTemplate {
  return (STAKEHOLDER_TEMPLATES as readonly string[]).includes(value);
}

function usage(io: Output, message: string): number {
  io.err(message);
  io.err(USAGE);
  return EXIT.usage;
}
