// Worker-thread entry for scripts/parse.ts: TypeScript needs tsx's loader registered in this thread.
import { register } from 'tsx/esm/api';

register();
await import('./parse-worker.ts');
