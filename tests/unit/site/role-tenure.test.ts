import { describe, expect, it } from 'vitest';
import { roleTenure } from '../../../src/lib/site/people';

describe('when a person held a role, on their page', () => {
  it('says the days the knowledge records, and nothing when it records none', () => {
    expect(roleTenure({ until: '2024-09-04' })).toBe('until 4 September 2024');
    expect(roleTenure({ from: '2025-05-16' })).toBe('from 16 May 2025');
    expect(roleTenure({ from: '2022-02-28', until: '2022-05-17' })).toBe(
      'from 28 February 2022 to 17 May 2022',
    );
    expect(roleTenure({ from: '2022-02-28', until: '2022-02-28' })).toBe('on 28 February 2022');
    expect(roleTenure({})).toBeUndefined();
  });
});
