import { handle } from '@astrojs/cloudflare/handler';
import { formwellWorker } from './app';

export default formwellWorker(handle) satisfies ExportedHandler<Env>;
