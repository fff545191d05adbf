import { describe, expect, it } from 'vitest';
import { cronMatches } from '../../scripts/cronTicker.mjs';
import { devVarNames } from '../../scripts/devVars.mjs';

const at = (iso: string) => new Date(iso);

describe('the local cron ticker', () => {
  it('matches every minute for "* * * * *"', () => {
    expect(cronMatches('* * * * *', at('2026-11-28T10:07:00Z'))).toBe(true);
  });

  it('reads steps, ranges and lists in UTC', () => {
    expect(cronMatches('*/15 * * * *', at('2026-11-28T10:45:00Z'))).toBe(true);
    expect(cronMatches('*/15 * * * *', at('2026-11-28T10:46:00Z'))).toBe(false);
    expect(cronMatches('0 9-17 * * 1-5', at('2026-11-27T09:00:00Z'))).toBe(true); // a Friday
    expect(cronMatches('0 9-17 * * 1-5', at('2026-11-28T09:00:00Z'))).toBe(false); // a Saturday
    expect(cronMatches('30 2 1,15 * *', at('2026-11-15T02:30:00Z'))).toBe(true);
    expect(cronMatches('0 0 * * 7', at('2026-11-29T00:00:00Z'))).toBe(true); // 7 is Sunday too
  });

  it('refuses an expression it cannot read instead of never firing', () => {
    expect(() => cronMatches('* * *', new Date())).toThrow(/five fields/);
    expect(() => cronMatches('x * * * *', new Date())).toThrow(/not understood/);
  });
});

describe('.dev.vars names', () => {
  it('lists the names a dotenv file sets, never the values, skipping comments', () => {
    const text = '# a comment\nA_ONE=1\n  export B_TWO="two words"\n\nC_THREE=x=y\nnot a line\nA_ONE=again\n';
    expect(devVarNames(text)).toEqual(['A_ONE', 'B_TWO', 'C_THREE']);
  });
});
