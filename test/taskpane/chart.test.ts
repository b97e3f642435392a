import { ticks } from '../../src/taskpane/view/chart';

describe('chart axis', () => {
  test('round ticks cover the values', () => {
    expect(ticks(-0.004, 0.035)).toEqual([-0.01, 0, 0.01, 0.02, 0.03, 0.04]);
    const t = ticks(0, 0.3);
    expect(t[0]).toBeLessThanOrEqual(0);
    expect(t.at(-1)!).toBeGreaterThanOrEqual(0.3);
    expect(t.length).toBeLessThanOrEqual(7);
  });
});
