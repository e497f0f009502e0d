import { assemble } from '../../src/events/assemble';
import { contextFor, type Names } from './helpers';

const REF = { year: 2024, month: 5, day: 20 };
const people: Names = {
  'Nguyễn Văn An': 'PERSON', 'Maria Lopez': 'PERSON',
  'Hans Weber': 'PERSON', 'Việt Nam': 'LOCATION', 'Tây Ban Nha': 'LOCATION', 'Madrid': 'LOCATION',
  'Đức': 'LOCATION', 'Bộ Tài chính': 'ORGANIZATION',
};

function events(text: string, dates: { text: string; value: string }[] = []) {
  return assemble(contextFor(text, people, dates, REF)).map((e) => ({
    type: e.type, mode: e.mode, status: e.status, who: e.participants.map((p) => p.name).sort(),
    date: e.date?.value ?? null, where: e.location?.name ?? null,
  }));
}

describe('participants', () => {
  test('two named persons meet; their countries are their sides, not participants', () => {
    const [e] = events('Thủ tướng Việt Nam Nguyễn Văn An gặp Thủ tướng Tây Ban Nha Maria Lopez tại Madrid ngày 19/5.', [{ text: '19/5', value: '2024-05-19' }]);
    expect(e).toEqual({ type: 'meeting', mode: 'in_person', status: 'occurred', who: ['Maria Lopez', 'Nguyễn Văn An'], date: '2024-05-19', where: 'Madrid' });
  });

  test('"hai nhà lãnh đạo" resolves to the pair named before', () => {
    const out = events('Nguyễn Văn An đã điện đàm với Maria Lopez. Hai nhà lãnh đạo nhất trí tăng cường thương mại.');
    expect(out.map((e) => [e.type, e.who])).toEqual([
      ['meeting', ['Maria Lopez', 'Nguyễn Văn An']],
      ['agreement', ['Maria Lopez', 'Nguyễn Văn An']],
    ]);
  });

  test('a visit lists the visitor; the destination is the place', () => {
    const [e] = events('Bà Maria Lopez sẽ có chuyến thăm Việt Nam vào tháng 6.', [{ text: 'tháng 6', value: '2024-06' }]);
    expect(e).toMatchObject({ type: 'visit', status: 'planned', who: ['Maria Lopez'], date: '2024-06', where: 'Việt Nam' });
  });

  test('"nhận lời mời của X tới thăm": X is the host, the bare "ông" is the visitor', () => {
    const [e] = events('Ông Hans Weber cho biết ông đã nhận lời mời của ông Nguyễn Văn An tới thăm Việt Nam.');
    expect(e).toMatchObject({ type: 'visit', status: 'planned', who: ['Hans Weber'] });
  });

  test('a country stands for its government when no person is named', () => {
    const [e] = events('Việt Nam và Đức đã ký một hiệp định thương mại ngày 15/5.', [{ text: '15/5', value: '2024-05-15' }]);
    expect(e).toMatchObject({ type: 'agreement', who: ['Việt Nam', 'Đức'].sort(), date: '2024-05-15', status: 'reported' });
  });

  test('an announcement lists who announced, when it is a plan', () => {
    const out = events('Ngày 18/5, Bộ Tài chính thông báo sẽ giảm thuế xăng dầu.', [{ text: '18/5', value: '2024-05-18' }]);
    expect(out).toEqual([{ type: 'announcement', mode: undefined, status: 'occurred', who: ['Bộ Tài chính'], date: '2024-05-18', where: null }]);
  });

  test('a claim about facts is not an announcement', () => {
    expect(events('Bộ Tài chính tuyên bố lạm phát đã giảm.')).toEqual([]);
  });

  test('a meeting needs two actors', () => {
    expect(events('Ông Hans Weber đang gặp khó khăn. Ông Hans Weber sẵn sàng thảo luận.')).toEqual([]);
  });
});

describe('dates and status', () => {
  test('the date of its own clause, not the date of the speech', () => {
    const out = events('Ông Hans Weber ngày 18/5 cho biết cuộc gặp giữa ông và bà Maria Lopez hồi tháng 3 rất tốt.', [
      { text: '18/5', value: '2024-05-18' }, { text: 'tháng 3', value: '2024-03' },
    ]);
    expect(out).toEqual([expect.objectContaining({ type: 'meeting', date: '2024-03', status: 'reported', who: ['Hans Weber', 'Maria Lopez'] })]);
  });

  test('a bound is not the date: "kể từ tháng 1"', () => {
    const [e] = events('Đây là cuộc điện đàm đầu tiên giữa Nguyễn Văn An và Maria Lopez kể từ tháng 1.', [{ text: 'tháng 1', value: '2024-01' }]);
    expect(e.date).toBeNull();
  });

  test('"qua điện thoại" is a mode, not "hôm qua"', () => {
    const [e] = events('Nguyễn Văn An nói chuyện qua điện thoại với Maria Lopez.');
    expect(e).toMatchObject({ type: 'meeting', mode: 'phone', date: null });
  });

  test('a recalled meeting is background', () => {
    const out = events('Nguyễn Văn An đã điện đàm với Maria Lopez ngày 19/5. Hai người từng gặp nhau ở Madrid hồi năm 2023, Nguyễn Văn An nhắc lại.', [
      { text: '19/5', value: '2024-05-19' }, { text: 'năm 2023', value: '2023' },
    ]);
    expect(out.map((e) => [e.type, e.mode, e.status, e.date])).toEqual([
      ['meeting', 'phone', 'occurred', '2024-05-19'],
      ['meeting', 'in_person', 'reported', '2023'],
    ]);
  });
});

describe('one record per event', () => {
  test('the lead, the body and a caption telling the same meeting merge, details kept', () => {
    const out = events([
      'Nguyễn Văn An gặp Maria Lopez tại Madrid ngày 19/5.',
      'Cuộc gặp này kéo dài hai giờ.',
      'Hai nhà lãnh đạo đã hội đàm về thương mại và năng lượng.',
    ].join('\n\n'), [{ text: '19/5', value: '2024-05-19' }]);
    expect(out).toEqual([{ type: 'meeting', mode: 'in_person', status: 'occurred', who: ['Maria Lopez', 'Nguyễn Văn An'], date: '2024-05-19', where: 'Madrid' }]);
  });

  test('a call and an earlier meeting of the same pair stay apart', () => {
    const out = events('Nguyễn Văn An điện đàm với Maria Lopez ngày 19/5. Nguyễn Văn An và Maria Lopez đã gặp nhau tại Madrid tháng 3.', [
      { text: '19/5', value: '2024-05-19' }, { text: 'tháng 3', value: '2024-03' },
    ]);
    expect(out).toHaveLength(2);
  });
});
