import { describe, expect, it } from 'vitest';
import { LEAD_READABLE, REASONS_READABLE, tableReadable } from './term.js';

/** Widths of light, kind, 序号, title, lead, due, reasons (no day columns). */
const natural = [8, 4, 8, 28, 22, 13, 86];
const withLead = (lead: number, reasons: number): number[] => [8, 4, 8, 20, lead, 13, reasons];

describe('when the overdue table gives way to a list', () => {
  it('keeps the table while the units get 8 columns and the reasons 14', () => {
    expect(LEAD_READABLE).toBe(8);
    expect(REASONS_READABLE).toBe(14);
    expect(tableReadable({ widths: withLead(8, 14), natural })).toBe(true);
  });

  it('lists the items when the units get 7 columns (县卫生/健康局 in 3½ characters)', () => {
    expect(tableReadable({ widths: withLead(7, 20), natural })).toBe(false);
  });

  it('lists the items when the reasons get 13 columns', () => {
    expect(tableReadable({ widths: withLead(10, 13), natural })).toBe(false);
  });

  it('keeps a narrow column that holds its widest cell whole', () => {
    // Reasons at most 10 wide (`逾期 466 天`) and units at most 6 (`县卫健局`)
    // need no more room than that.
    const short = [8, 4, 8, 28, 6, 13, 10];
    expect(tableReadable({ widths: withLead(6, 10), natural: short })).toBe(true);
    expect(tableReadable({ widths: withLead(6, 9), natural: short })).toBe(false);
  });
});
