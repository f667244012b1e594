import { describe, expect, it } from 'vitest';
import { closeBidi, isolateForPlainText } from '../../src/lib/bidi';

const RLO = '\u202e';
const LRE = '\u202a';
const PDF = '\u202c';
const RLI = '\u2067';
const FSI = '\u2068';
const PDI = '\u2069';

describe('closeBidi', () => {
  it('leaves text without direction controls, and balanced text, as it is', () => {
    expect(closeBidi('Sergey Lavrov')).toBe('Sergey Lavrov');
    expect(closeBidi(`a ${RLO}b${PDF} c ${RLI}d${PDI}`)).toBe(`a ${RLO}b${PDF} c ${RLI}d${PDI}`);
  });

  it('closes an override, an embedding and an isolate left open, innermost first', () => {
    expect(closeBidi(`Bob ${RLO}`)).toBe(`Bob ${RLO}${PDF}`);
    expect(closeBidi(`${LRE}a ${RLI}b ${RLO}c`)).toBe(`${LRE}a ${RLI}b ${RLO}c${PDF}${PDI}${PDF}`);
  });

  it('drops a closer that matches nothing in the text, which would close the page’s own isolate', () => {
    expect(closeBidi(`a${PDI}${RLO}b`)).toBe(`a${RLO}b${PDF}`);
    expect(closeBidi(`a${PDF}b`)).toBe('ab');
    // A PDF inside an isolate cannot close the override opened before the isolate (Unicode's rule X7).
    expect(closeBidi(`${RLO}a${RLI}b${PDF}`)).toBe(`${RLO}a${RLI}b${PDI}${PDF}`);
  });

  it('lets a PDI close the overrides opened inside its isolate, as Unicode does (rule X6a)', () => {
    expect(closeBidi(`${RLI}a${RLO}b${PDI} c`)).toBe(`${RLI}a${RLO}b${PDI} c`);
  });
});

describe('isolateForPlainText', () => {
  it('leaves left-to-right text without controls as it is', () => {
    expect(isolateForPlainText('Talks in Istanbul')).toBe('Talks in Istanbul');
  });

  it('isolates right-to-left text and text with controls, closed', () => {
    expect(isolateForPlainText('مفاوضات')).toBe(`${FSI}مفاوضات${PDI}`);
    expect(isolateForPlainText(`Talks ${RLO}resume`)).toBe(`${FSI}Talks ${RLO}resume${PDF}${PDI}`);
    expect(isolateForPlainText(`x${PDI}${RLO}y`)).toBe(`${FSI}x${RLO}y${PDF}${PDI}`);
  });
});
