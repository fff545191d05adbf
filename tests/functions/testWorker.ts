import { formwellWorker } from '../../functions/app';

// The real Worker handlers; pages are Astro's and are covered by the browser tests.
export default formwellWorker(async () => new Response('Pages are not rendered in this test Worker', { status: 404 }));
