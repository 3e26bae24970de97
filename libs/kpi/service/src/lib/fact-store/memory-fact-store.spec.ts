import { describeFactStoreContract } from './fact-store.contract-spec';
import { MemoryFactStore } from './memory-fact-store';

describeFactStoreContract('MemoryFactStore', async () => {
  const store = new MemoryFactStore();
  return { open: async () => store, dispose: async () => undefined };
});
