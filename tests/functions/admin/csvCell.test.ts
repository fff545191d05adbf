import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvCell } from '../../../functions/admin/export/csvCell';
import { csvRow } from '../../../functions/admin/export/csvRow';
import { parseCsv } from './parseCsv';

const DANGEROUS = ['=', '+', '-', '@', '\t', '\r', '\n'];
const text = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.tuple(fc.constantFrom(...DANGEROUS), fc.string({ unit: 'binary' })).map(([start, rest]) => start + rest),
  fc.constantFrom(
    '=HYPERLINK("http://evil.example","x")',
    '+1+1',
    '-2+3',
    '@SUM(A1)',
    '\t=1',
    '\r=1',
    '\n=1',
    '"quoted"',
    'a,b',
    "'-2+3;=1+1;",
    'x;=HYPERLINK("http://evil.example")',
    'a\t@SUM(1)',
    '1,-2',
  ),
);

describe('CSV cells', () => {
  it('never start with a formula character once read back, and keep the text otherwise (property)', () => {
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 6 }), (cells) => {
        const [parsed, ...rest] = parseCsv(csvRow(cells));
        expect(rest).toEqual([]);
        expect(parsed).toHaveLength(cells.length);
        cells.forEach((original, i) => {
          const read = parsed?.[i] ?? '';
          expect(DANGEROUS.includes(read[0] ?? '')).toBe(false);
          // Only apostrophes were added, each before a character that could start a formula.
          expect(read.replace(/'(?=[=+\-@\t\r\n])/g, '')).toBe(original.replace(/'(?=[=+\-@\t\r\n])/g, ''));
        });
      }),
      { numRuns: 2000 },
    );
  });

  it('leaves no cell starting a formula when a spreadsheet splits on semicolons or tabs instead (property)', () => {
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 6 }), (cells) => {
        const written = csvRow(cells);
        for (const separator of [';', '\t']) {
          // Read as RFC 4180 with that separator, and also split naively, as a careless import would.
          const careful = parseCsv(written, separator).flat();
          const careless = written.split(/[;\t\r\n,]/);
          for (const cell of [...careful, ...careless]) {
            expect(['=', '+', '-', '@'].includes(cell.replace(/^"/, '')[0] ?? '')).toBe(false);
          }
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('quotes a cell holding any locale’s separator and neutralises what follows one', () => {
    expect(csvCell("'-2+3;=1+1;")).toBe(`"'-2+3;'=1+1;"`);
    expect(csvCell('a\tb')).toBe('"a\tb"');
    expect(csvCell('plain text')).toBe('plain text');
  });

  it('neutralises each formula start the issue names', () => {
    expect(DANGEROUS.map((start) => csvCell(`${start}cmd`))).toEqual([
      "'=cmd",
      "'+cmd",
      "'-cmd",
      "'@cmd",
      '"\'\tcmd"',
      '"\'\rcmd"',
      '"\'\ncmd"',
    ]);
  });

  it("passes the Worker's own numbers and booleans as they are, and leaves missing values empty", () => {
    expect([csvCell(-5), csvCell(12.5), csvCell(true), csvCell(null), csvCell(undefined)]).toEqual([
      '-5',
      '12.5',
      'true',
      '',
      '',
    ]);
  });
});
