import type { PageWeight } from './measurePageWeight';

/** JavaScript a visitor's phone has fetched once they first touch the form: at load plus on that touch. */
export function firstTouchJsGzip(weight: PageWeight): number {
  return weight.loadJs.gzip + weight.onTouch.js.gzip;
}

/** A studio-published page against the code template it copies (1 = the same bytes). */
export function studioRatios(template: PageWeight, studio: PageWeight): { page: number; firstTouchJs: number } {
  return {
    page: studio.total.gzip / template.total.gzip,
    firstTouchJs: firstTouchJsGzip(studio) / firstTouchJsGzip(template),
  };
}
