import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../electron/core/interchange/import/csv-records';

const cells = (text: string, delimiter = ',') =>
  parseCsv(text, delimiter).records.map((r) => r.cells);

describe('parseCsv', () => {
  it('reads quotes, doubled quotes, delimiters and newlines inside quotes', () => {
    expect(cells('a,"b,c","say ""hi""","two\nlines"\nx,y')).toEqual([
      ['a', 'b,c', 'say "hi"', 'two\nlines'],
      ['x', 'y'],
    ]);
  });

  it('keeps empty cells, including a trailing one, and skips blank lines', () => {
    expect(cells('a,,\n\n,b\n')).toEqual([
      ['a', '', ''],
      ['', 'b'],
    ]);
  });

  it('numbers records by the line they start on', () => {
    const { records } = parseCsv('h\n"1\n2"\n\n3\n', ',');
    expect(records.map((r) => r.line)).toEqual([1, 2, 5]);
  });

  it('is lenient with stray quotes and uses the given delimiter', () => {
    expect(cells('O"Brien;"Acme" Ltd;x', ';')).toEqual([['O"Brien', 'Acme Ltd', 'x']]);
  });

  it('reports a row whose quote never closes and reads on from the next line', () => {
    const { records, broken } = parseCsv('a,b\n"open,c\nd,e\n', ',');
    expect(broken).toEqual([2]);
    expect(records.map((r) => r.cells)).toEqual([
      ['a', 'b'],
      ['d', 'e'],
    ]);
  });
});

describe('parseCsv on hostile input', () => {
  it('loses only the row with a quote that never closes, however long the rest', () => {
    const text = `a,b\n"open,x\n${'c,d\n'.repeat(50_000)}`;
    const { records, broken } = parseCsv(text, ',');
    expect(broken).toEqual([2]);
    expect(records).toHaveLength(50_001);
    expect(records.at(-1)).toEqual({ line: 50_002, cells: ['c', 'd'] });
  });
});

describe('parseCsv at the end of the text', () => {
  it('ends a record with a trailing delimiter and no newline with one empty cell', () => {
    expect(cells('a,')).toEqual([['a', '']]);
  });
});
