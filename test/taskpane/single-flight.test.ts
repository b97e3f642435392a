import { SingleFlight } from '../../src/taskpane/model/single-flight';

describe('one write at a time', () => {
  test('a second start while the first runs starts nothing', async () => {
    const flight = new SingleFlight();
    let calls = 0;
    let release!: () => void;
    const task = () =>
      new Promise<number>((resolve) => {
        calls++;
        release = () => resolve(calls);
      });
    const first = flight.run(task);
    expect(flight.busy).toBe(true);
    expect(await flight.run(task)).toEqual({ started: false });
    release();
    expect(await first).toEqual({ started: true, value: 1 });
    expect(flight.busy).toBe(false);
    const third = flight.run(task);
    release();
    expect(await third).toEqual({ started: true, value: 2 });
  });

  test('a failing task frees the guard', async () => {
    const flight = new SingleFlight();
    await expect(flight.run(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(flight.busy).toBe(false);
  });
});
