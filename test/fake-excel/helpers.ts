import { FakeOfficeError } from '../../src/fake-excel';

/** The error a synchronous call throws (fails the test if it does not throw). */
export function thrown(fn: () => unknown): FakeOfficeError {
  try {
    fn();
  } catch (e) {
    return e as FakeOfficeError;
  }
  throw new Error('expected a throw');
}

/** The error a promise rejects with (fails the test if it resolves). */
export async function rejection(p: Promise<unknown>): Promise<FakeOfficeError> {
  try {
    await p;
  } catch (e) {
    return e as FakeOfficeError;
  }
  throw new Error('expected a rejection');
}
