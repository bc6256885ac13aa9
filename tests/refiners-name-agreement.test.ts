/**
 * The name-agreement refiner: a weak guess takes the type context showed for the same name
 * elsewhere in the document (invented names).
 */
import { describe, expect, it } from 'vitest';
import { createExtractor } from '../src/index.js';

const ner = createExtractor();

function typesOf(text: string, name: string): string[] {
  return ner.extract(text).filter((e) => e.text === name).map((e) => e.type);
}

describe('name-agreement refiner', () => {
  it.each([
    // A definition shows an ORG; a bare mention elsewhere was guessed a PERSON.
    ['Zyrtans adalah grup musik asal kota itu . Ia pernah bernyanyi bersama Zyrtans .', 'Zyrtans', ['ORG', 'ORG']],
    // A biography shows a PERSON; `berasal dari Kwortel` was guessed a PLACE.
    ['Kwortel lahir di sebuah desa . Gaya itu berasal dari Kwortel .', 'Kwortel', ['PERSON', 'PERSON']],
  ])('%s', (text, name, expected) => {
    expect(typesOf(text, name)).toEqual(expected);
  });

  it.each([
    // Without context the guesses stand.
    ['Ia pernah bernyanyi bersama Zyrtans .', 'Zyrtans', ['PERSON']],
    ['Gaya itu berasal dari Kwortel .', 'Kwortel', ['PLACE']],
  ])('no context: %s', (text, name, expected) => {
    expect(typesOf(text, name)).toEqual(expected);
  });
});
