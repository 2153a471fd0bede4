import { describe, expect, it } from 'vitest';
import { valueErrorClass } from './value-error-class.js';

describe('kinds of wrong values', () => {
  it('tells annotation conventions from misreadings by the shape of the values', () => {
    expect(valueErrorClass('1989-WXX', '1989-W43')).toBe('gold underspecified');
    expect(valueErrorClass('199X', '199')).toBe('gold underspecified');
    expect(valueErrorClass('2000-04-16', '2000-04-16TNI')).toBe('part of day');
    expect(valueErrorClass('2000-01-05TEV', '2000-01-05TNI')).toBe('part of day');
    expect(valueErrorClass('1989-11-09T17:00', '1989-11-09T17:00-05')).toBe('zone');
    expect(valueErrorClass('PAST_REF', 'PXY')).toBe('vague ref vs duration');
    expect(valueErrorClass('P1W', '1998-W33')).toBe('duration vs point');
    expect(valueErrorClass('1988', '1988-Q3')).toBe('quarter or year-ago period');
    expect(valueErrorClass('1998-08-07', '1998-08-14')).toBe('another day');
    expect(valueErrorClass('1998', '1997')).toBe('other');
  });

  it('does not call a different day with a part of day a convention', () => {
    expect(valueErrorClass('2000-01-05TEV', '2000-01-12TNI')).toBe('other');
    // Nor a wholly different time with a zone.
    expect(valueErrorClass('1989-11-09T17:00', '1989-11-10T17:00-05')).toBe('other');
  });
});
