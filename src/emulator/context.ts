/** What an endpoint handler gets for one /api/ request. */
import type { IncomingMessage } from 'node:http';
import type { ResolvedOptions } from './options.js';
import type { Store } from './store.js';

export interface ApiContext {
  req: IncomingMessage;
  url: URL;
  method: string;
  /** number of this /api/ request */
  request: number;
  store: Store;
  options: ResolvedOptions;
}
