import { describe, expect, it } from 'vitest';
import { csvField, toCsv } from '../../../renderer/src/lib/csv';

describe('a CSV field', () => {
  it('stays as it is when plain', () => {
    expect(csvField('Sam Pushy')).toBe('Sam Pushy');
    expect(csvField('')).toBe('');
  });

  it('is quoted, quotes doubled, when it holds a comma, a quote or a line break', () => {
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "no"')).toBe('"say ""no"""');
    expect(csvField('one\ntwo')).toBe('"one\ntwo"');
    expect(csvField('one\r\ntwo')).toBe('"one\r\ntwo"');
  });

  it('starts with an apostrophe when it looks like a formula', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) {
      expect(
        csvField(`${start}1`).startsWith(`'${start}`) ||
          csvField(`${start}1`).startsWith(`"'${start}`),
      ).toBe(true);
    }
    expect(csvField('=SUM(A1:A2)')).toBe("'=SUM(A1:A2)");
    expect(csvField('=1,2')).toBe(`"'=1,2"`);
  });
});

describe('a CSV file', () => {
  it('has a byte-order mark, CRLF line ends and a final line end', () => {
    expect(toCsv(['Date', 'What'], [['2026-12-01', 'a, b']])).toBe(
      '\uFEFFDate,What\r\n2026-12-01,"a, b"\r\n',
    );
  });

  it('is just the header when there are no rows', () => {
    expect(toCsv(['Date'], [])).toBe('\uFEFFDate\r\n');
  });
});
