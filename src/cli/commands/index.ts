import { Command } from './command';
import { demoCommand } from './demo';
import { exportCommand } from './export';
import { riskCommand } from './risk';
import { runCommand } from './run';
import { solveCommand } from './solve';
import { validateCommand } from './validate';

export type { Command } from './command';

/** Every command, in the order the help lists them. */
export const commands: Command[] = [runCommand, solveCommand, riskCommand, validateCommand, exportCommand, demoCommand];

export function findCommand(name: string): Command | undefined {
  return commands.find((c) => c.name === name);
}
