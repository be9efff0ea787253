import { describe, expect, it } from 'vitest';
import { parseChineseNumber } from '../../src/numbers/chinese.js';

// Every form the parser reads, with its value. Forms read by Microsoft Recognizers-Text and duckling for a
// single number are here; a form missing from this table is null (second table) or a bug.
describe('parseChineseNumber reads', () => {
  it.each<[string, number]>([
    // Arabic, full width, thousands separators
    ['12', 12], ['0', 0], ['10.5', 10.5], ['1,234', 1234], ['1,234,567', 1234567], ['4,565.5', 4565.5],
    ['１２', 12], ['４，５６５', 4565], ['１２．５', 12.5], ['  12  ', 12],
    // Chinese digits and units
    ['三', 3], ['两', 2], ['俩', 2], ['兩', 2], ['十', 10], ['十二', 12], ['一十二', 12], ['二十', 20], ['一百二十', 120],
    ['一百零五', 105], ['三千零二', 3002], ['一百十五', 115], ['百二十', 120], ['十万', 100000], ['百万', 1000000],
    ['千万', 10000000], ['百', 100], ['千', 1000], ['两百', 200], ['两万两千', 22000], ['三万五千零三十', 35030],
    ['一亿二千万', 120000000], ['一亿零五百万', 105000000], ['一亿零五', 100000005], ['十万零三', 100003],
    ['五十万零三', 500003], ['一万零三百', 10300],
    // A digit after a unit with nothing after it stands one place lower
    ['一千三', 1300], ['一万三', 13000], ['两千四百五', 2450], ['二百五', 250], ['一百一', 110], ['一亿三', 130000000],
    ['一万三千五', 13500], ['一千三万', 13000000],
    // 零 marks a skipped place
    ['一千零十二', 1012], ['一千十二', 1012], ['十万零三百', 100300],
    // Chains of big units
    ['四万万', 400000000], ['一万亿', 1e12], ['三兆', 3e12], ['三千万亿', 3e15], ['2.5万亿', 2.5e12],
    // Zero, digit by digit (years), variants
    ['〇', 0], ['零', 0], ['二〇二〇', 2020], ['二零二三', 2023], ['一〇〇', 100], ['一九九九', 1999],
    ['廿五', 25], ['廿', 20], ['卅', 30], ['卌', 40],
    // Financial and Traditional characters
    ['壹佰', 100], ['贰拾', 20], ['貳拾', 20], ['叁仟伍佰', 3500], ['兩萬', 20000], ['壹億', 100000000],
    // Arabic and Chinese mixed
    ['1.2万', 12000], ['3万', 30000], ['10.5万', 105000], ['1.15万', 11500], ['3千', 3000], ['2亿', 2e8],
    ['5万4千', 54000], ['3万4000', 34000], ['一千零1', 1001], ['3千500', 3500], ['1亿2000万', 120000000],
    ['12000万', 120000000], ['12,345万', 123450000], ['1.5千万', 15000000], ['350千', 350000], ['十5', 15],
    // Exact money: no float drift
    ['161.18万', 1611800], ['562400.8万', 5624008000], ['39.156万', 391560], ['2.92亿', 292000000], ['0.0038万', 38],
    // Chinese decimals
    ['十五点七', 15.7], ['零点五', 0.5], ['零点零五', 0.05], ['三点一四', 3.14], ['一点五万', 15000],
    ['十五点七万', 157000], ['一点五千万', 15000000], ['一万点五', 10000.5], ['十五點七', 15.7],
    // Percentages: the number of percent
    ['百分之八十五', 85], ['85%', 85], ['１２．５％', 12.5], ['百分之三点五', 3.5], ['百分之一百二十', 120],
    // Fractions
    ['三分之一', 1 / 3], ['三分之二', 2 / 3], ['一百分之一', 0.01], ['1/3', 1 / 3], ['一又三分之一', 1 + 1 / 3],
    // Negatives
    ['负三十二', -32], ['負三十二', -32], ['-3.5', -3.5], ['－３', -3], ['负百分之五', -5], ['-5%', -5], ['负零', 0],
  ])('%s → %s', (s, v) => expect(parseChineseNumber(s)).toBe(v));
});

// Strings that look like numbers and are not one number: null, never a guess.
describe('parseChineseNumber refuses', () => {
  it.each([
    // Words and ordinals
    '第三', '万一', '一些', '统一', '初三', '一样', '几', 'abc', '', ' ',
    // Rows of digits: a list or an idiom, not a number (years have a zero or a 19xx shape)
    '一二三四', '三三两两', '一一', '三四', '一零', '〇一二', '零零',
    // Approximate and range forms: read by the quantity scan with a qualifier, not here
    '十几', '三四十', '一两千', '二十三四', '几十', '数百', '十余', '百十', '三五',
    // Malformed place values
    '十百', '十十', '一十一十', '一千零', '零十', '一千零三百', '一万零三千', '十零五', '一万一万', '亿万',
    '二十35', '1万20', '1亿5000', '1亿20000万', '一千25', '一千零125', '15百', '1.5万3千', '12千3',
    // 两 before 十 or after a unit; a bare 万
    '两十', '十两', '二十两', '一万两', '万', '亿', '兆', '万万',
    // Arabic that is a code, a version or a date
    '05', '007', '一千0', '0万', '1.2.3', '12.', '.5', '1e5', '0x10', 'Infinity', '1 2', '2023-01-05', '4.0版',
    // Bad separators
    '1,23', '12,3456', '1,2/3', '1.234,5',
    // Incomplete decimals, percentages, fractions, signs
    '三点', '点五', '三点五点六', '1.5点五', '百分之', '%', '百分之负五', '三分之', '分之一', '零分之一', '1/0', '1/2/3',
    '负', '-', '--3', '一又三分之四',
    // Beyond what a double holds exactly
    '9007199254740993', '一'.repeat(1000),
  ])('%s is null', (s) => expect(parseChineseNumber(s)).toBeNull());
});
