import { Axis, renderRange } from '../../src/page/grid/axis';

describe('Axis', () => {
  const axis = new Axis([20, 20, 40, 0, 20]);

  it('places lines by prefix sums', () => {
    expect(axis.count).toBe(5);
    expect(axis.total).toBe(100);
    expect([0, 1, 2, 3, 4, 5].map((i) => axis.start(i))).toEqual([0, 20, 40, 80, 80, 100]);
    expect(axis.span(1, 2)).toBe(60);
  });

  it('finds the line under a position, skipping hidden (zero-size) lines', () => {
    expect(axis.indexAt(0)).toBe(0);
    expect(axis.indexAt(19.5)).toBe(0);
    expect(axis.indexAt(20)).toBe(1);
    expect(axis.indexAt(79)).toBe(2);
    expect(axis.indexAt(80)).toBe(4);
    expect(axis.indexAt(10_000)).toBe(4);
  });

  it('reports the lines a window touches', () => {
    expect(axis.visible(30, 30)).toEqual({ first: 1, last: 2 });
    expect(new Axis([]).visible(0, 100)).toEqual({ first: 0, last: -1 });
  });

  it('handles 10,000 rows', () => {
    const rows = new Axis(Array.from({ length: 10_000 }, (_, i) => (i % 10 === 0 ? 40 : 20)));
    expect(rows.total).toBe(1000 * 40 + 9000 * 20);
    expect(rows.indexAt(rows.start(9_999) + 1)).toBe(9_999);
  });
});

describe('renderRange', () => {
  it('keeps the drawn lines while the visible ones stay inside them', () => {
    const drawn = renderRange(null, { first: 50, last: 80 }, 10_000, 15);
    expect(drawn).toEqual({ first: 35, last: 95 });
    expect(renderRange(drawn, { first: 55, last: 85 }, 10_000, 15)).toBe(drawn);
    expect(renderRange(drawn, { first: 70, last: 100 }, 10_000, 15)).toEqual({ first: 55, last: 115 });
  });

  it('stays within the axis', () => {
    expect(renderRange(null, { first: 0, last: 10 }, 12, 15)).toEqual({ first: 0, last: 11 });
  });
});
