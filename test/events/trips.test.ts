import { analyze } from '../../src/index';

const events = (text: string, referenceDate = '2024-05-17') =>
  analyze(text, { referenceDate }).events.map((e) => ({ type: e.type, who: e.participants.map((p) => p.name).sort(), date: e.date?.value ?? null }));
const of = (text: string, type: string, referenceDate?: string) => events(text, referenceDate).filter((e) => e.type === type);

describe('a leader\'s trip: several meetings, each with its own person', () => {
  test('a bare title stands for the person named before with it', () => {
    const out = of('Sáng 15/5, Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Nhật Bản Fumio Kishida. Chiều 15/5, Thủ tướng tiếp ông Akio Toyoda.', 'meeting');
    expect(out).toContainEqual({ type: 'meeting', who: ['Akio Toyoda', 'Phạm Minh Chính'], date: '2024-05-15TAF' });
  });

  test('coordinated meeting verbs share the subject, not the object', () => {
    const out = of('Thủ tướng Phạm Minh Chính ngày 16/5 đã hội đàm với Thủ tướng Nhật Bản Fumio Kishida và hội kiến Nhà vua Naruhito.', 'meeting');
    expect(out.map((e) => e.who)).toEqual([['Fumio Kishida', 'Phạm Minh Chính'], ['Naruhito', 'Phạm Minh Chính']]);
    expect(out.map((e) => e.date)).toEqual(['2024-05-16', '2024-05-16']);
  });

  test('"làm việc với" a body is its own meeting, not the one before', () => {
    const out = of('Ngày 18/5, Thủ tướng Phạm Minh Chính sẽ hội đàm với Thủ tướng Bỉ Alexander De Croo. Ngày 19/5, Thủ tướng dự kiến làm việc với Ủy ban châu Âu.', 'meeting');
    expect(out).toHaveLength(2);
  });

  test('a time zone after the date does not hide it: "sáng 15/5 (giờ địa phương)"', () => {
    expect(of('Theo phóng viên TTXVN, sáng 15/5 (giờ địa phương), Thủ tướng Phạm Minh Chính đã hội đàm với Thủ tướng Nhật Bản Fumio Kishida.', 'meeting'))
      .toEqual([{ type: 'meeting', who: ['Fumio Kishida', 'Phạm Minh Chính'], date: '2024-05-15TMO' }]);
  });
});

describe('visits told around the visitor', () => {
  test('"Trong chuyến thăm ..., A đã ...": the main clause\'s subject is the visitor', () => {
    expect(of('Trong chuyến thăm chính thức Nhật Bản từ ngày 14 đến 18/5, Thủ tướng Phạm Minh Chính đã có nhiều hoạt động.', 'visit'))
      .toEqual([{ type: 'visit', who: ['Phạm Minh Chính'], date: '2024-05-14' }]);
  });

  test('"A rời X, đến Y, bắt đầu chuyến thăm Z" at "Đến tối 16/5"', () => {
    expect(of('Đến tối 16/5, Thủ tướng Phạm Minh Chính rời Nhật Bản, đến Seoul, bắt đầu chuyến thăm chính thức Hàn Quốc.', 'visit'))
      .toEqual([{ type: 'visit', who: ['Phạm Minh Chính'], date: '2024-05-16TEV' }]);
  });

  test('"chuyến thăm Việt Nam của ông": the person named last', () => {
    expect(of('Ông Fumio Kishida phát biểu tại Tokyo. Ông nhớ lại chuyến thăm Việt Nam của ông năm 2023.', 'visit'))
      .toContainEqual(expect.objectContaining({ who: ['Fumio Kishida'] }));
  });

  test('a bare title arriving somewhere: "Phó Thủ tướng dự kiến trực tiếp đến Quảng Bình"', () => {
    expect(of('Sáng nay, Phó Thủ tướng Trần Hồng Hà chủ trì cuộc họp. Phó Thủ tướng dự kiến trực tiếp đến Quảng Bình chiều nay.', 'visit'))
      .toEqual([expect.objectContaining({ who: ['Trần Hồng Hà'] })]);
  });
});

describe('a leader signing an instruction announces it', () => {
  test('"Thủ tướng ... đã ký Công điện"', () => {
    expect(of('Tối 16/5, Thủ tướng Phạm Minh Chính đã ký Công điện số 12/CĐ-TTg yêu cầu các địa phương ứng phó với bão.', 'announcement'))
      .toEqual([{ type: 'announcement', who: ['Phạm Minh Chính'], date: '2024-05-16TEV' }]);
  });

  test('signing an instruction is not an agreement', () => {
    expect(of('Thủ tướng Phạm Minh Chính đã ký Công điện số 12/CĐ-TTg.', 'agreement')).toEqual([]);
  });
});

describe('negatives', () => {
  test('"hai Thủ tướng" is both, not the one named before', () => {
    const out = of('Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Nhật Bản Fumio Kishida. Sau đó, hai Thủ tướng gặp gỡ báo chí.', 'meeting');
    expect(out).toEqual([expect.objectContaining({ who: ['Fumio Kishida', 'Phạm Minh Chính'] })]);
  });

  test('"làm việc với" no one named is no meeting', () => {
    expect(of('Đoàn công tác đã làm việc với các doanh nghiệp trong khu công nghiệp.', 'meeting')).toEqual([]);
  });
});
