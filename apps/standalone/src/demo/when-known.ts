/**
 * Runs a demo command again while the context answering it has not yet learnt, from other
 * contexts' events, the people or customers it names (a moment after they were recorded).
 */
export async function whenKnown<T>(command: () => Promise<T>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await command();
    } catch (error) {
      if (!LAGGING.has((error as { code?: string }).code ?? '') || Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}

/** Refusals that mean "not known here yet" while a replica catches up. */
const LAGGING = new Set([
  'owner-not-in-sales',
  'form-holder-unknown',
  'form-issue-not-allowed',
  'report-customer-unknown',
  'report-submit-not-salesperson',
  'signing-customer-unknown',
]);
