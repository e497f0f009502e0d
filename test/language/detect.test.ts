import { analyze, detectLanguage } from '../../src/index';
import { fixtures } from '../helpers/fixtures';

describe('detectLanguage', () => {
  test.each([
    ['Tổng thống Mỹ Joe Biden và Chủ tịch Trung Quốc Tập Cận Bình gặp nhau tại San Francisco.', 'vie'],
    ['Hai nhà lãnh đạo đã thảo luận về thương mại và an ninh khu vực.', 'vie'],
    ['President Joe Biden met Chinese leader Xi Jinping in San Francisco on Wednesday for talks.', 'eng'],
    ['Le président américain a rencontré son homologue chinois à San Francisco mercredi.', 'fra'],
    ['Der amerikanische Präsident traf den chinesischen Staatschef am Mittwoch in San Francisco.', 'deu'],
    ['El presidente estadounidense se reunió con el líder chino en San Francisco el miércoles.', 'spa'],
    ['Президент США встретился с председателем КНР в Сан-Франциско в среду.', 'rus'],
    ['美国总统拜登周三在旧金山与中国国家主席习近平举行会晤。', 'cmn'],
    ['바이든 미국 대통령은 수요일 샌프란시스코에서 시진핑 중국 국가주석과 만났다.', 'kor'],
    ['バイデン大統領は水曜日、サンフランシスコで習近平国家主席と会談した。', 'jpn'],
  ])('%s → %s', (text, code) => {
    const guess = detectLanguage(text);
    expect(guess.code).toBe(code);
    expect(guess.reliable).toBe(true);
    expect(guess.confidence).toBeGreaterThan(0.5);
  });

  test('Vietnamese without diacritics, as franc allows', () => {
    const guess = detectLanguage('Tong thong My gap Chu tich Trung Quoc tai San Francisco de thao luan ve thuong mai va an ninh', { only: ['vie', 'eng'] });
    expect(guess.code).toBe('vie');
  });

  test.each([[''], ['   '], ['!!! ??? 123 ...'], ['—']])('%j is undetermined', (text) => {
    expect(detectLanguage(text)).toEqual({ code: 'und', confidence: 0, reliable: false, alternatives: [] });
  });

  test('short text is not reliable', () => {
    expect(detectLanguage('Hello').reliable).toBe(false);
  });

  test('only restricts the candidates', () => {
    const guess = detectLanguage('President Biden met the Chinese leader on Wednesday.', { only: ['fra', 'deu'] });
    expect(['fra', 'deu']).toContain(guess.code);
  });

  test('alternatives are scored, best first', () => {
    const { alternatives } = detectLanguage('The meeting between the two leaders lasted about four hours on Wednesday.');
    expect(alternatives[0].code).toBe('eng');
    for (let i = 1; i < alternatives.length; i++) expect(alternatives[i].score).toBeLessThanOrEqual(alternatives[i - 1].score);
  });

  test.each(fixtures().map((f) => [f.name, f]))('%s is Vietnamese', (_, f) => {
    expect(analyze(f.text).language.code).toBe(f.gold.language ?? 'vie');
  });

  test('paragraphs carry their own language', () => {
    const paras = analyze('Hai nhà lãnh đạo đã thảo luận về thương mại.\n"We had a very good conversation about trade," he said on Wednesday.').paragraphs;
    expect(paras.map((p) => p.language)).toEqual(['vie', 'eng']);
  });
});

describe('short text', () => {
  test('one Vietnamese-only letter decides a short phrase, not reliably', () => {
    expect(detectLanguage('Hà Nội')).toMatchObject({ code: 'vie', reliable: false });
  });

  test('a word franc cannot place is undetermined', () => {
    expect(detectLanguage('OK').code).toBe('und');
  });
});
