import { extractEntities } from '../../src/index';

const found = (text: string) => extractEntities(text).map((e) => [e.type, e.name]);

describe('names of bodies', () => {
  test('a company name stops before "tại + place" and before its chairman\'s name', () => {
    expect(found('Thủ tướng Phạm Minh Chính đã tiếp Chủ tịch Tập đoàn Toyota Akio Toyoda tại Tokyo.')).toEqual([
      ['PERSON', 'Phạm Minh Chính'],
      ['ORGANIZATION', 'Tập đoàn Toyota'],
      ['PERSON', 'Akio Toyoda'],
      ['LOCATION', 'Tokyo'],
    ]);
  });

  test('a university campus keeps "ở + place"', () => {
    expect(found('Bà là giáo sư tại Đại học California ở San Diego.')).toContainEqual(['ORGANIZATION', 'Đại học California ở San Diego']);
  });

  test('"Đại sứ quán" is a body, "Đại sứ" a title', () => {
    expect(found('Hôm qua, Đại sứ quán Mỹ cho biết vậy. Đại sứ Mỹ Marc Knapper cũng nói thế.')).toEqual([
      ['ORGANIZATION', 'Đại sứ quán Mỹ'],
      ['LOCATION', 'Mỹ'],
      ['PERSON', 'Marc Knapper'],
    ]);
  });
});
