// Plain JavaScript, so Node can start it as a worker without a loader; it brings in tsx's and then the TypeScript worker.
import { register } from 'tsx/esm/api';

register();
await import('./archive-worker.ts');
