import { describe, expect, it } from 'vitest';
import { addMonths, formatWeek, isoWeek, isoWeekStart, parseAnchor, weekday } from './calendar.js';

describe('calendar', () => {
  it('numbers ISO weeks across year boundaries', () => {
    expect(formatWeek({ y: 2022, m: 2, d: 17 })).toBe('2022-W07');
    expect(isoWeek({ y: 2021, m: 1, d: 3 })).toEqual({ y: 2020, w: 53 });
    expect(isoWeek({ y: 2019, m: 12, d: 30 })).toEqual({ y: 2020, w: 1 });
    expect(isoWeekStart(2020, 53)).toEqual({ y: 2020, m: 12, d: 28 });
  });

  it('knows weekdays and clamps month arithmetic', () => {
    expect(weekday({ y: 2022, m: 2, d: 17 })).toBe(4);
    expect(addMonths({ y: 2022, m: 1, d: 31 }, 1)).toEqual({ y: 2022, m: 2, d: 28 });
    expect(addMonths({ y: 2022, m: 1, d: 15 }, -13)).toEqual({ y: 2020, m: 12, d: 15 });
  });

  it('reads dates and datetimes as anchors, nothing else', () => {
    expect(parseAnchor('2022-02-17')).toEqual({ y: 2022, m: 2, d: 17 });
    expect(parseAnchor('1998-11-20T19:30')).toEqual({ y: 1998, m: 11, d: 20 });
    expect(parseAnchor('2022-02-30')).toBeNull();
    expect(parseAnchor('yesterday')).toBeNull();
    expect(parseAnchor(null)).toBeNull();
  });
});
