import { describe, expect, it } from 'vitest';
import { readSplitAmount } from '../../renderer/src/features/boards/budget/splitAmount';

const read = (text: string, planned = 40_000, decimal: '.' | ',' = '.') => readSplitAmount(text, planned, 'Amount', 'USD', decimal);

describe('the amount a split gives the new line', () => {
  it('reads an amount as every money field does, or a share of the planned spend', () => {
    expect(read('10k')).toEqual({ ok: true, value: 10_000 });
    expect(read('$12,500')).toEqual({ ok: true, value: 12_500 });
    expect(read('25%')).toEqual({ ok: true, value: 10_000 });
    expect(read(' 12.5 % ')).toEqual({ ok: true, value: 5_000 });
    expect(read('33%', 1_000.01)).toEqual({ ok: true, value: 330 }); // to the cent
    expect(read('7,5%', 40_000, ',')).toEqual({ ok: true, value: 3_000 });
  });

  it('refuses what would leave a part empty, saying why in the plan\'s money', () => {
    expect(read('')).toEqual({ ok: false, error: 'Amount is required: an amount, or a share such as 25%' });
    expect(read('0')).toEqual({ ok: false, error: 'Amount must be more than 0' });
    expect(read('0.001%', 100)).toEqual({ ok: false, error: 'Amount must be more than 0' });
    expect(read('40k')).toEqual({ ok: false, error: 'Amount must be less than the $40,000 planned, so both lines keep some' });
    expect(read('100%')).toEqual({ ok: false, error: 'Amount must be less than the $40,000 planned, so both lines keep some' });
    expect(read('lots')).toMatchObject({ ok: false, error: expect.stringMatching(/^Amount must be an amount/) });
    expect(read('lots%')).toMatchObject({ ok: false, error: expect.stringMatching(/^Amount must be a percentage/) });
  });
});
