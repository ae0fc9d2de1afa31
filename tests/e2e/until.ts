/**
 * Polling outside a test body: vitest's `expect.poll` only runs inside a test, and a suite that
 * browses one long session in `beforeAll` (the privacy suites) still needs to wait for what the
 * browser does. Throws with what it last saw.
 */
export async function until<T>(
  read: () => Promise<T>,
  ok: (value: T) => boolean,
  what: string,
  timeout = 10_000,
): Promise<T> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await read();
    if (ok(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; last seen: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
