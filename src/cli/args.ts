import { parseArgs, type ParseArgsConfig } from 'node:util';
import { NewsfactsError, messageOf } from '../errors.js';

type Options = NonNullable<ParseArgsConfig['options']>;
const HELP = { help: { type: 'boolean', short: 'h', default: false } } as const;

/**
 * The options and operands of one command, with `-h/--help` added; anything parseArgs refuses is a
 * usage error that points at the command's help.
 */
export function parseCommandArgs<const T extends Options>(command: string, args: readonly string[], options: T) {
  try {
    return parseArgs({ args: [...args], allowPositionals: true, options: { ...options, ...HELP } as T & typeof HELP });
  } catch (err) {
    throw new NewsfactsError('cli/usage', `${messageOf(err)}; try: newsfacts ${command} --help`);
  }
}
