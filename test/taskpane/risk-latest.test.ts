import fc from 'fast-check';
import { Latest, Outcome } from '../../src/taskpane/risk/latest';

/** A computation whose answers the test releases by hand, in any order. */
function manual() {
  const started: { request: string; resolve: (a: string) => void; reject: (e: Error) => void }[] = [];
  const compute = (request: string) => new Promise<string>((resolve, reject) => started.push({ request, resolve, reject }));
  return { started, compute };
}

const flush = () => new Promise((r) => setImmediate(r));

describe('newest request wins', () => {
  test('requests made while one runs: only the newest waits, the older one is never run, and the stale answer is dropped', async () => {
    const m = manual();
    const delivered: [number, Outcome<string>][] = [];
    const latest = new Latest(m.compute, (ticket, outcome) => delivered.push([ticket, outcome]));
    expect(latest.submit('a')).toBe(1);
    expect(latest.submit('b')).toBe(2);
    expect(latest.submit('c')).toBe(3);
    // 'a' started at once; 'b' was replaced by 'c' before it could start.
    expect(m.started.map((s) => s.request)).toEqual(['a']);
    m.started[0].resolve('answer a');
    await flush();
    // 'a' is stale (3 is the newest): dropped; 'c' runs next.
    expect(delivered).toEqual([]);
    expect(m.started.map((s) => s.request)).toEqual(['a', 'c']);
    m.started[1].resolve('answer c');
    await flush();
    expect(delivered).toEqual([[3, { ok: true, value: 'answer c' }]]);
    expect(latest.busy).toBe(false);
  });

  test('a failure of the newest request is delivered as such, and the next request still runs', async () => {
    const m = manual();
    const delivered: Outcome<string>[] = [];
    const latest = new Latest(m.compute, (_t, outcome) => delivered.push(outcome));
    latest.submit('a');
    const boom = new Error('boom');
    m.started[0].reject(boom);
    await flush();
    expect(delivered).toEqual([{ ok: false, error: boom }]);
    latest.submit('b');
    m.started[1].resolve('answer b');
    await flush();
    expect(delivered[1]).toEqual({ ok: true, value: 'answer b' });
  });

  test('whatever the order of requests and answers, every delivered answer is the newest request’s, and the last request is always answered', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.boolean(), { minLength: 1, maxLength: 30 }), async (steps) => {
        // true: a new request; false: the running computation answers.
        const m = manual();
        const delivered: [number, string][] = [];
        const stale: number[] = [];
        const latest: Latest<string, string> = new Latest(m.compute, (ticket, o) => {
          if (ticket !== latest.latest) stale.push(ticket);
          delivered.push([ticket, o.ok ? o.value : 'failed']);
        });
        let answered = 0;
        let n = 0;
        for (const submit of steps) {
          if (submit) latest.submit(`r${++n}`);
          else if (answered < m.started.length) m.started[answered++].resolve(`answer ${m.started[answered - 1].request}`);
          await flush();
        }
        while (answered < m.started.length) {
          m.started[answered++].resolve(`answer ${m.started[answered - 1].request}`);
          await flush();
        }
        // Nothing is delivered once a newer request exists.
        expect(stale).toEqual([]);
        for (const [ticket, value] of delivered) expect(value).toBe(`answer r${ticket}`);
        // At most one computation ran per request, never two at once.
        expect(m.started.length).toBeLessThanOrEqual(n);
        if (n > 0) expect(delivered.at(-1)).toEqual([n, `answer r${n}`]);
        // Tickets only grow: no older answer after a newer one.
        const tickets = delivered.map(([t]) => t);
        expect([...tickets].sort((a, b) => a - b)).toEqual(tickets);
      }),
      { numRuns: 200 },
    );
  });
});
