import fc from 'fast-check';
import { exampleModel } from '../../src/examples';
import { cellA1, columnLetter } from '../../src/workbook/a1';
import { isFormula } from '../../src/workbook/description';
import { describeWorkbook } from '../../src/workbook/layout';
import { a1ToR1C1, formulaRuns, MAX_COLUMNS, MAX_ROWS, r1c1ToA1 } from '../../src/workbook/r1c1';

describe('A1 -> R1C1, worked examples', () => {
  // C10 is row 9, column 2 (0-based).
  it('a relative reference is an offset from the cell: C9 seen from C10 is one row up, same column', () => {
    expect(a1ToR1C1('C9*2', 9, 2)).toBe('R[-1]C*2');
  });

  it('an absolute reference is its 1-based row and column: $D$12 is R12C4 from anywhere', () => {
    expect(a1ToR1C1("1+'Indata'!$D$12", 9, 2)).toBe("1+'Indata'!R12C4");
    expect(a1ToR1C1("1+'Indata'!$D$12", 500, 14)).toBe("1+'Indata'!R12C4");
  });

  it('mixed references keep their absolute half: $B7 from D10 is R[-3]C2, B$7 is R7C[-2]', () => {
    // D10 = (9, 3); row 7 is index 6: 6 - 9 = -3; column B is index 1: 1 - 3 = -2.
    expect(a1ToR1C1('$B7+B$7', 9, 3)).toBe('R[-3]C2+R7C[-2]');
  });

  it('ranges, functions, names, numbers and literals', () => {
    // B5 seen from C5 (4, 2): same row, one column left. AA100 is (99, 26): 95 rows down, 24 right.
    expect(a1ToR1C1('SUM(B5:AA100)+bs_target-1E-9', 4, 2)).toBe('SUM(RC[-1]:R[95]C[24])+bs_target-1E-9');
    expect(a1ToR1C1('IF(C5>=$B$8-1E-9,"ja A1","nej")', 4, 2)).toBe('IF(RC>=R8C2-1E-9,"ja A1","nej")');
    // LOG10( is a function, not the cell LOG10; 'A1 sheet' is a sheet name.
    expect(a1ToR1C1("LOG10(C5)+'A1 sheet'!A1", 4, 2)).toBe("LOG10(RC)+'A1 sheet'!R[-4]C[-2]");
    expect(a1ToR1C1("'it''s'!C5", 4, 2)).toBe("'it''s'!RC");
  });

  it('refuses what the subset does not hold', () => {
    expect(() => a1ToR1C1('SUM(A:A)', 0, 0)).toThrow(/whole-row or whole-column/);
    expect(() => a1ToR1C1('"open', 0, 0)).toThrow(/unterminated string/);
    expect(() => a1ToR1C1("'Sheet!A1", 0, 0)).toThrow(/unterminated sheet name/);
  });
});

describe('R1C1 -> A1, worked examples', () => {
  it('each cell of a filled range gets its own A1 form: R[-1]C*2 in C10, D10 and Q10', () => {
    expect(r1c1ToA1('R[-1]C*2', 9, 2)).toBe('C9*2');
    expect(r1c1ToA1('R[-1]C*2', 9, 3)).toBe('D9*2');
    expect(r1c1ToA1('R[-1]C*2', 9, 16)).toBe('Q9*2');
  });

  it('absolute parts are spelled with $', () => {
    expect(r1c1ToA1("'Indata'!R12C4+R7C[-2]+R[-3]C2", 9, 3)).toBe("'Indata'!$D$12+B$7+$B7");
  });

  it('names that start like R1C1 are left alone, and so are literals', () => {
    expect(r1c1ToA1('ROUND(RC[-1],2)+Rate_1+"R1C1"', 0, 1)).toBe('ROUND(A1,2)+Rate_1+"R1C1"');
  });

  it('refuses a reference that falls off the grid', () => {
    expect(() => r1c1ToA1('R[-1]C', 0, 0)).toThrow(/outside the worksheet/);
    expect(() => r1c1ToA1('RC[1]', 0, MAX_COLUMNS - 1)).toThrow(/outside the worksheet/);
  });
});

/** A random formula of the subset, in canonical A1 form (upper-case column letters). */
const arbRow = fc.integer({ min: 0, max: MAX_ROWS - 1 });
const arbColumn = fc.integer({ min: 0, max: MAX_COLUMNS - 1 });
const arbCell = fc
  .record({ row: arbRow, column: arbColumn, rowAbs: fc.boolean(), colAbs: fc.boolean() })
  .map(({ row, column, rowAbs, colAbs }) => `${colAbs ? '$' : ''}${columnLetter(column)}${rowAbs ? '$' : ''}${row + 1}`);
const arbSheet = fc.string({ minLength: 1, maxLength: 8 }).map((s) => `'${s.replace(/'/g, "''")}'!`);
const arbReference = fc
  .tuple(fc.option(arbSheet, { nil: '' }), arbCell, fc.option(arbCell, { nil: undefined }))
  .map(([sheet, first, second]) => `${sheet}${first}${second ? `:${second}` : ''}`);
const arbAtom = fc.oneof(
  arbReference,
  arbReference,
  fc.constantFrom('bs_target', 'bs_taxRate', 'TRUE', 'Rate_1', 'R_x', 'C_total'),
  fc.constantFrom('0', '1', '0.5', '1E-9', '100', '2.5E+3'),
  fc.string({ maxLength: 6 }).map((s) => `"${s.replace(/"/g, '""')}"`),
  fc.constantFrom('"A1"', '"R1C1"', '"$C$7"'),
);
const arbFormula: fc.Arbitrary<string> = fc.letrec<{ expr: string }>((tie) => ({
  expr: fc.oneof(
    { depthSize: 'small' },
    arbAtom,
    fc.tuple(tie('expr'), fc.constantFrom('+', '-', '*', '/', '>=', '=', '&'), tie('expr')).map(([x, op, y]) => `${x}${op}${y}`),
    fc.tuple(fc.constantFrom('SUM', 'IF', 'MIN', 'MAX', 'INDEX', 'MATCH', 'AVERAGE', 'LOG10', 'ROUND'), fc.array(tie('expr'), { minLength: 1, maxLength: 3 }))
      .map(([fn, args]) => `${fn}(${args.join(',')})`),
    tie('expr').map((x) => `(${x})`),
  ),
})).expr;

describe('A1 -> R1C1 -> A1 round trip', () => {
  it('gives back every formula of the subset, from any cell', () => {
    fc.assert(
      fc.property(arbFormula, arbRow, arbColumn, (formula, row, column) => {
        expect(r1c1ToA1(a1ToR1C1(formula, row, column), row, column)).toBe(formula);
      }),
      { numRuns: 3000 },
    );
  });

  it('a formula moved by a shift of its relative references reads the same in R1C1 from its new cell', () => {
    // Fill right: what r1c1ToA1 writes one column further is the formula Excel would have there.
    fc.assert(
      fc.property(arbFormula, fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 100 }), (formula, row, column) => {
        const r1c1 = a1ToR1C1(formula, row, column);
        let moved: string;
        try {
          moved = r1c1ToA1(r1c1, row + 1, column + 1);
        } catch {
          return; // a relative reference at the grid's last row or column
        }
        expect(a1ToR1C1(moved, row + 1, column + 1)).toBe(r1c1);
      }),
      { numRuns: 1000 },
    );
  });

  it('every formula the layout writes for the example survives the round trip in its own cell', () => {
    const desc = describeWorkbook(exampleModel());
    let count = 0;
    for (const s of desc.sheets)
      for (const b of s.blocks)
        b.cells.forEach((cells, i) =>
          cells.forEach((c, j) => {
            if (!isFormula(c)) return;
            count++;
            const row = b.row + i;
            const column = b.column + j;
            const back = r1c1ToA1(a1ToR1C1(c.formula, row, column), row, column);
            if (back !== c.formula) throw new Error(`'${s.name}'!${cellA1(row, column)}: ${c.formula} came back as ${back}`);
          }),
        );
    expect(count).toBeGreaterThan(1000);
  });
});

describe('formulaRuns', () => {
  it('groups adjacent cells that are one formula in R1C1, and keeps other cells apart', () => {
    // Row 10 (index 9) from column C (index 2): C9*2, D9*2, E9*2 are R[-1]C*2; $B$1 twice is R1C2;
    // then no formula, which breaks the run; then I9*2 in column I (index 2 + 6 = 8), R[-1]C*2 again
    // but a run of its own.
    const cells = ['C9*2', 'D9*2', 'E9*2', '$B$1', '$B$1', undefined, 'I9*2'];
    expect(formulaRuns(cells.length, (j) => cells[j], 9, 2)).toEqual([
      { start: 0, length: 3, r1c1: 'R[-1]C*2' },
      { start: 3, length: 2, r1c1: 'R1C2' },
      { start: 5, length: 1 },
      { start: 6, length: 1, r1c1: 'R[-1]C*2' },
    ]);
  });

  it('every run, written back cell by cell, is the row it came from', () => {
    fc.assert(
      fc.property(fc.array(fc.option(arbFormula, { nil: undefined }), { maxLength: 12 }), fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 100 }), (cells, row, column) => {
        const back: (string | undefined)[] = [];
        for (const run of formulaRuns(cells.length, (j) => cells[j], row, column)) {
          for (let k = 0; k < run.length; k++) back.push(run.r1c1 === undefined ? undefined : r1c1ToA1(run.r1c1, row, column + run.start + k));
        }
        expect(back).toEqual(cells);
      }),
      { numRuns: 500 },
    );
  });
});
