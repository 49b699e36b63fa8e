// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { pageSearch, parsePageParam } from './page-param';

describe('parsePageParam', () => {
  it.each([
    [null, 'explorer', null],
    ['', 'explorer', null],
    ['explorer', 'explorer', null],
    ['financing', 'financing', null],
    ['Financing', 'explorer', 'Financing'],
    ['<script>', 'explorer', '<script>'],
  ])('%s -> %s', (value, page, unknown) => {
    expect(parsePageParam(value)).toEqual({ page, unknown });
  });

  it('shortens a very long unknown value', () => {
    expect(parsePageParam('x'.repeat(500)).unknown).toHaveLength(60);
  });
});

describe('pageSearch', () => {
  it('keeps the filters and sets or removes the page', () => {
    expect(pageSearch('?donors=POL~NOR&kiel=gdp', 'financing')).toBe(
      '?donors=POL~NOR&kiel=gdp&page=financing',
    );
    expect(pageSearch('?page=financing&donors=POL', 'explorer')).toBe('?donors=POL');
    expect(pageSearch('?page=financing', 'explorer')).toBe('?');
  });
});
