import { assemble } from '../../src/events/assemble';
import { contextFor, type Names } from './helpers';

const REF = { year: 2024, month: 5, day: 20 };
const names: Names = {
  'Nguyễn Văn An': 'PERSON', 'Maria Lopez': 'PERSON', 'Hans Weber': 'PERSON',
  'Bộ Tài chính': 'ORGANIZATION', 'Liên minh Thép': 'ORGANIZATION', 'Hà Nội': 'LOCATION',
};

function events(text: string, dates: { text: string; value: string }[] = []) {
  return assemble(contextFor(text, names, dates, REF)).map((e) => ({
    type: e.type, status: e.status, who: e.participants.map((p) => p.name).sort(), date: e.date?.value ?? null,
  }));
}

describe('announcements told again', () => {
  test('a decider closing an apposition, then "quyết định"', () => {
    const out = events('Ngày 18/5, các hãng thép châu Á, gọi chung là Liên minh Thép, quyết định giảm sản lượng.', [{ text: '18/5', value: '2024-05-18' }]);
    expect(out).toContainEqual({ type: 'announcement', status: 'occurred', who: ['Liên minh Thép'], date: '2024-05-18' });
  });

  test('"Thông tin được ông X công bố lúc …" names who made the earlier decision public, and when', () => {
    const out = events('Bộ Tài chính vừa ban hành thông tư về thuế phí. Quy định áp dụng cả nước. '
      + 'Thông tin được ông Hans Weber công bố tại cuộc họp báo lúc 9h sáng 19/5.', [{ text: '9h sáng 19/5', value: '2024-05-19T09:00' }]);
    expect(out).toEqual([{ type: 'announcement', status: 'occurred', who: ['Bộ Tài chính', 'Hans Weber'], date: '2024-05-19T09:00' }]);
  });

  test('a plain claim after "được" is no announcement of its own', () => {
    const out = events('Bộ Tài chính vừa ban hành thông tư về thuế phí. Con số được ông Hans Weber công bố tại cuộc họp báo.');
    expect(out).toEqual([{ type: 'announcement', status: 'occurred', who: ['Bộ Tài chính'], date: null }]);
  });
});

describe('agreement dates', () => {
  test('a date inside what is agreed is not the agreement\'s when the sentence has a frame', () => {
    const out = events('Sáng 19/5, Nguyễn Văn An và Maria Lopez nhất trí nâng kim ngạch thương mại lên 5 tỷ USD vào năm 2030.',
      [{ text: 'Sáng 19/5', value: '2024-05-19TMO' }, { text: 'năm 2030', value: '2030' }]);
    expect(out).toEqual([{ type: 'agreement', status: 'occurred', who: ['Maria Lopez', 'Nguyễn Văn An'], date: '2024-05-19TMO' }]);
  });

  test('the agreed meeting keeps its own date', () => {
    const out = events('Sáng 19/5, Nguyễn Văn An và Maria Lopez nhất trí gặp lại vào ngày 30/5.',
      [{ text: 'Sáng 19/5', value: '2024-05-19TMO' }, { text: 'ngày 30/5', value: '2024-05-30' }]);
    expect(out.find((e) => e.type === 'agreement')?.date).toBe('2024-05-19TMO');
    expect(out.find((e) => e.type === 'meeting')?.date).toBe('2024-05-30');
  });
});
