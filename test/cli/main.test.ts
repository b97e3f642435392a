import { CliIo, main } from '../../src/cli/main';
import { ROOT } from './helpers';

function memoryIo(): CliIo & { stdout: string; stderr: string } {
  const io = {
    stdout: '',
    stderr: '',
    cwd: ROOT,
    out(text: string) {
      io.stdout += text;
    },
    err(text: string) {
      io.stderr += text;
    },
  };
  return io;
}

describe('main(argv, io) in process', () => {
  test('returns the exit code and writes through the given io', async () => {
    const io = memoryIo();
    await expect(main(['validate', 'src/examples/exempelkommun.json'], io)).resolves.toBe(0);
    expect(io.stdout).toMatch(/^OK/);
    expect(io.stderr).toBe('');
  });

  test('usage errors return 2 and write only to err', async () => {
    const io = memoryIo();
    await expect(main(['run'], io)).resolves.toBe(2);
    expect(io.stdout).toBe('');
    expect(io.stderr).toContain('missing MODEL');
  });
});
