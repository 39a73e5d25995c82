import { describe, expect, it } from 'vitest';
import {
  parseBirthday,
  parseLooseDate,
} from '../../../electron/core/interchange/import/parse-date';

describe('parseLooseDate', () => {
  it.each([
    ['03 May 2024', '2024-05-03'],
    ['9-Sep-22', '2022-09-09'],
    ['1/8/18, 6:14 PM', '2018-01-08'],
    ['13/8/18', '2018-08-13'],
    ['16.09.2021', '2021-09-16'],
    ['2021-09-16', '2021-09-16'],
    ['May 3, 2024', '2024-05-03'],
    ['31 Feb 2024', null],
    ['someday', null],
    ['', null],
  ])('%s → %s', (input, expected) => expect(parseLooseDate(input)).toBe(expected));
});

describe('parseBirthday', () => {
  it.each([
    ['--0415', '--04-15'],
    ['--04-15', '--04-15'],
    ['1604-11-07', '--11-07'],
    ['19870812', '1987-08-12'],
    ['1936-08-17', '1936-08-17'],
    ['8/26/1918', '1918-08-26'],
    ['--1345', ''],
    ['nope', ''],
  ])('%s → %s', (input, expected) => expect(parseBirthday(input)).toBe(expected));
});
