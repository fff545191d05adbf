import { describe, expect, it } from 'vitest';
import { pdfDocument } from '../../../functions/downloads/pdfDocument';

const latin1 = (bytes: Uint8Array) => String.fromCharCode(...bytes);

describe('a generated PDF', () => {
  it('is a PDF whose cross-reference table points at each object', () => {
    const long = Array.from({ length: 120 }, (_, i) => `Paragraph ${i}: “quoted” text (with brackets) \\ and €.`).join(
      '\n\n',
    );
    const pdf = latin1(pdfDocument('A guide', `# Heading\n\n${long}`));
    expect(pdf.startsWith('%PDF-1.4\n')).toBe(true);
    expect(pdf.trimEnd().endsWith('%%EOF')).toBe(true);
    const xref = Number(pdf.match(/startxref\n(\d+)\n/)?.[1]);
    expect(pdf.slice(xref, xref + 4)).toBe('xref');
    const offsets = [...pdf.slice(xref).matchAll(/^(\d{10}) 00000 n $/gm)].map((m) => Number(m[1]));
    for (const [index, offset] of offsets.entries())
      expect(pdf.slice(offset).startsWith(`${index + 1} 0 obj`)).toBe(true);
    // More text than one page holds makes more pages; brackets are escaped inside strings.
    expect(Number(pdf.match(/\/Count (\d+)/)?.[1])).toBeGreaterThan(1);
    expect(pdf).toContain('\\(with brackets\\)');
    // Each content stream's declared length is its real length.
    for (const m of pdf.matchAll(/<< \/Length (\d+) >>\nstream\n/g)) {
      const start = (m.index ?? 0) + m[0].length;
      expect(pdf.slice(start + Number(m[1]), start + Number(m[1]) + 10)).toBe('\nendstream');
    }
  });
});
