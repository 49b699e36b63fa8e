// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { DONORS, type Donor } from '@/lib/donors';
import { foldText, searchDonors } from './donor-search';

const codes = (donors: Donor[]) => donors.map((donor) => donor.code);

describe('searchDonors', () => {
  it.each([
    ['osterreich', 'AUT'],
    ['Österreich', 'AUT'],
    ['oesterreich', 'AUT'],
    ['pol', 'POL'],
    ['Polen', 'POL'],
    ['POLAND', 'POL'],
    ['DEU', 'DEU'],
    ['deu', 'DEU'],
    ['Deutschland', 'DEU'],
    ['germ', 'DEU'],
    ['  norway ', 'NOR'],
    ['turkiye', 'TUR'],
    ['Türkei', 'TUR'],
    ['danemark', 'DNK'],
    ['Vereinigtes Konigreich', 'GBR'],
    ['korea', 'KOR'],
    ['EU', 'EU'],
    ['usa', 'USA'],
  ])('%j finds %s first', (query, first) => {
    expect(codes(searchDonors(query, DONORS))[0]).toBe(first);
  });

  it.each([
    // names starting with the query before names containing it, then by English name
    ['sch', ['SWE', 'CHE', 'CZE', 'DEU']],
    ['land', ['EST', 'FIN', 'DEU', 'GRC', 'ISL', 'IRL', 'LVA', 'NLD', 'NZL', 'POL', 'CHE']],
    ['ita', ['ITA', 'LTU']],
    ['ch', ['CHN', 'CHE', 'AUT', 'CZE', 'FRA', 'DEU', 'GRC', 'SWE', 'GBR']],
    ['united', ['GBR', 'USA']],
    // a word of the name starting with the query ranks before a bare substring
    ['kor', ['KOR']],
    ['ingdom', ['GBR']],
    ['ki', ['GBR', 'SVK', 'TUR']],
    ['staat', ['USA']],
    ['zzz', []],
  ])('%j -> %j', (query, expected) => {
    expect(codes(searchDonors(query, DONORS))).toEqual(expected);
  });

  it('lists every donor by English name for an empty query', () => {
    const all = searchDonors('  ', DONORS);
    expect(all).toHaveLength(DONORS.length);
    expect(all[0]?.en).toBe('Australia');
    expect(all.at(-1)?.en).toBe('United States');
  });

  it('searches only the donors it is given', () => {
    const some = DONORS.filter((donor) => ['POL', 'NOR'].includes(donor.code));
    expect(codes(searchDonors('o', some))).toEqual(['NOR', 'POL']);
  });
});

describe('foldText', () => {
  it.each([
    ['Österreich', 'osterreich'],
    ['Dänemark', 'danemark'],
    ['Türkiye', 'turkiye'],
    ['Straße', 'strasse'],
    ['  POL ', 'pol'],
  ])('%j -> %j', (input, expected) => {
    expect(foldText(input)).toBe(expected);
  });
});
