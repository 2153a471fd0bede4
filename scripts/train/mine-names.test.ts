import { describe, expect, it } from 'vitest';
import { mineNames } from './mine-names.js';

describe('names mined from unlabeled news by their contexts', () => {
  const texts = [
    'Analysts at Forrester Research said sales of Zanussi Group rose. Mr Blair met Mrs Cherie Booth.',
    'Forrester Research and Zanussi Group agreed. Mr Blair left for the town of Peterhead, said a London-based trader.',
    'Sony Corp of America Inc cut jobs; Sony Corp of America Inc said so. The town of Peterhead and a Los Angeles-based firm.',
    'Bank of England officials and Bank of England staff. Mrs Cherie Booth spoke; a Los Angeles-based studio. A London-based bank.',
    'The film Million Dollar Baby won; the film The Aviator lost; the film I saw; the album Hopes and Fears sold.',
    'Her film Million Dollar Baby and the film The Aviator; the film I liked; his album Hopes and Fears.',
  ];
  const mined = mineNames(texts, 2).map(([c, p]) => `${c}:${p}`);

  it('finds organisations by their head word, without a legal form too', () => {
    expect(mined).toContain('morg:Forrester Research');
    expect(mined).toContain('morg:Zanussi Group');
    expect(mined).toContain('morg:Zanussi');
  });

  it('finds people after honorifics and places after place nouns or "-based"', () => {
    expect(mined).toContain('mper:Blair');
    expect(mined).toContain('mper:Cherie Booth');
    expect(mined).toContain('mper:Booth');
    expect(mined).toContain('mloc:Peterhead');
    expect(mined).toContain('mloc:London');
    expect(mined).toContain('mloc:Los Angeles');
  });

  it('finds titles after "the film", "the album", without a leading "The" or a pronoun', () => {
    expect(mined).toContain('mwork:Million Dollar Baby');
    expect(mined).toContain('mwork:Aviator');
    expect(mined).toContain('mwork:Hopes and Fears');
    expect(mined.filter((m) => m.startsWith('mwork:'))).toHaveLength(3);
  });

  it('keeps only names seen in enough contexts, and no unit named after a place', () => {
    expect(mined).not.toContain('morg:America Inc');
    expect(mined).not.toContain('morg:America');
    expect(mineNames(texts, 3).map(([c, p]) => `${c}:${p}`)).toEqual([]);
    expect(mined).toEqual([...mined].sort());
  });
});
