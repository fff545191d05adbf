/**
 * A small text PDF (A4, Helvetica) from a title and plain text: a blank line starts a paragraph, a
 * line starting with "# " is a heading. Made on request from the form's own words, so a lead
 * magnet needs no file in the repository and no public URL.
 */
export function pdfDocument(title: string, text: string): Uint8Array {
  const lines = layout(title, text);
  const pages: Line[][] = [];
  for (const line of lines) {
    const page = pages.at(-1);
    if (!page || page.length >= LINES_PER_PAGE || (line.size > BODY && page.length >= LINES_PER_PAGE - 3))
      pages.push([line]);
    else page.push(line);
  }
  const objects: string[] = [];
  const add = (body: string) => objects.push(body);
  const catalog = add('');
  const pageTree = add('');
  const regular = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  const bold = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>');
  const kids = pages.map((page) => {
    let y = 842 - MARGIN;
    const drawn = page
      .map((line) => {
        y -= line.size * 1.45;
        const font = line.size > BODY ? '/F2' : '/F1';
        return line.text ? `BT ${font} ${line.size} Tf ${MARGIN} ${y.toFixed(1)} Td (${pdfText(line.text)}) Tj ET` : '';
      })
      .filter(Boolean)
      .join('\n');
    const content = add(`<< /Length ${drawn.length} >>\nstream\n${drawn}\nendstream`);
    return add(
      `<< /Type /Page /Parent ${pageTree} 0 R /MediaBox [0 0 595 842] /Contents ${content} 0 R /Resources << /Font << /F1 ${regular} 0 R /F2 ${bold} 0 R >> >> >>`,
    );
  });
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${pageTree} 0 R >>`;
  objects[pageTree - 1] =
    `<< /Type /Pages /Kids [${kids.map((kid) => `${kid} 0 R`).join(' ')}] /Count ${kids.length} >>`;
  let out = '%PDF-1.4\n';
  const offsets = objects.map((body, index) => {
    const at = out.length;
    out += `${index + 1} 0 obj\n${body}\nendobj\n`;
    return at;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  out += offsets.map((at) => `${String(at).padStart(10, '0')} 00000 n \n`).join('');
  out += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  // Every character is one byte by now (pdfText maps to Windows-1252).
  return Uint8Array.from(out, (char) => char.charCodeAt(0));
}

interface Line {
  text: string;
  size: number;
}

const MARGIN = 56;
const BODY = 11;
const HEADING = 15;
/** Helvetica at 11 pt averages about 5.3 pt a character; 483 pt of line fit about 88. */
const CHARS_PER_LINE = 88;
const LINES_PER_PAGE = 45;

function layout(title: string, text: string): Line[] {
  const lines: Line[] = [
    { text: title, size: 20 },
    { text: '', size: BODY },
  ];
  for (const paragraph of text.split(/\n\s*\n/)) {
    const trimmed = paragraph.trim();
    if (!trimmed) continue;
    if (trimmed.startsWith('# ')) {
      lines.push({ text: trimmed.slice(2), size: HEADING });
      continue;
    }
    for (const row of trimmed.split('\n'))
      for (const wrapped of wrap(row.trim())) lines.push({ text: wrapped, size: BODY });
    lines.push({ text: '', size: BODY });
  }
  return lines;
}

function wrap(text: string): string[] {
  const rows: string[] = [];
  let row = '';
  for (const word of text.split(/\s+/)) {
    if (row && row.length + 1 + word.length > CHARS_PER_LINE) {
      rows.push(row);
      row = word;
    } else row = row ? `${row} ${word}` : word;
  }
  if (row) rows.push(row);
  return rows;
}

/** Typographic characters Windows-1252 has outside Latin-1. */
const CP1252: Record<string, number> = {
  '‘': 0x91,
  '’': 0x92,
  '“': 0x93,
  '”': 0x94,
  '•': 0x95,
  '–': 0x96,
  '—': 0x97,
  '€': 0x80,
  '…': 0x85,
};

/** A PDF string literal's inside: escapes, and any character Helvetica cannot show becomes "?". */
function pdfText(text: string): string {
  return [...text]
    .map((char) => {
      if (char === '\\' || char === '(' || char === ')') return `\\${char}`;
      const code = CP1252[char] ?? char.charCodeAt(0);
      return code >= 0x20 && code <= 0xff && char.length === 1 ? String.fromCharCode(code) : '?';
    })
    .join('');
}
