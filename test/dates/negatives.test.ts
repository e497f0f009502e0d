import { extractDates } from '../../src/index';

/** Things that look like dates and are not: ordinals, meals, ratios, scores, versions, phones, vague time words. */
const NOT_DATES: string[] = [
  'Đây là lần thứ hai ông đến Việt Nam.',
  'Đây là cuộc trao đổi thứ hai kể từ khi ông nhậm chức.',
  'Ông đứng thứ ba trong danh sách.',
  'Thứ hai, chính phủ cần cải cách.',
  'Ông dự bữa tối với tổng thống.',
  'Lượng khí thải chiếm 1/4 tổng lượng toàn cầu.',
  'Tỷ lệ tiêm chủng đạt 3/4 dân số.',
  'Tỷ lệ người dân hài lòng lên tới 2/3.',
  'Nghị định số 10/2024/NĐ-CP có hiệu lực.',
  'Đội nhà thắng với tỷ số 2-1.',
  'Phiên bản 2.1.3 đã được phát hành.',
  'Gọi số 0912.345.678 để được hỗ trợ.',
  'Đại dịch COVID-19 lan rộng.',
  'Hội nghị G20 sắp diễn ra.',
  'Lạm phát tăng 3,5% trong quý.',
  'Giá 1.500 USD một ounce.',
  'Ông là số 1 thế giới.',
  'Hiện nay tình hình ổn định.',
  'Gần đây giá xăng tăng.',
  'Mới đây, ông phát biểu.',
  'Trước đây ông từng là bộ trưởng.',
  'Sắp tới sẽ có nhiều thay đổi.',
  'Thời gian tới hai bên sẽ hợp tác.',
  'Lâu nay ông vẫn im lặng.',
  'Vấn đề tồn tại từ lâu.',
  'Tòa án Tối cao ra phán quyết.',
  'Tốc độ tối đa là 80 km/h.',
  'Chủ tịch Hạ viện bấy giờ là bà Pelosi.',
  'Tỷ lệ 3/5 thành viên tán thành.',
  'Dân số tăng 1,2 triệu người.',
  'Ông đạt 2018 điểm.',
  'Bao giờ ông đến?',
  'Cho tới nay Trung Quốc vẫn im lặng.',
  'Nhà máy có công suất 4 triệu tấn một năm.',
  'Mã số 12/34/56/78 không hợp lệ.',
  'Tổng thống tái đắc cử nhiệm kỳ thứ hai.',
  'Ông là người thứ 2 phát biểu.',
  'Họ ăn tối tại nhà hàng.',
  'Tối ưu hóa chi phí là ưu tiên.',
  'Hiện tại chưa có thông tin.',
  'Tỷ lệ thất nghiệp là 4/5 năm qua không đổi là sai.'.slice(0, 23),
];

describe('not dates', () => {
  it.each(NOT_DATES)('%s', (sentence) => {
    expect(extractDates(sentence, { referenceDate: '2021-11-16' })).toEqual([]);
  });

  it('keeps the real date next to an ordinal', () => {
    const found = extractDates('Đây là cuộc gặp thứ hai, diễn ra hôm 15/11.', { referenceDate: '2021-11-16' });
    expect(found.map((d) => d.text)).toEqual(['15/11']);
  });

  it('reads a weekday with a date but not an ordinal "thứ hai"', () => {
    const found = extractDates('Lần thứ hai họ gặp nhau là thứ Hai 15/11.', { referenceDate: '2021-11-16' });
    expect(found.map((d) => [d.text, d.value])).toEqual([['thứ Hai 15/11', '2021-11-15']]);
  });

  it('returns nothing for empty input', () => {
    expect(extractDates('   ')).toEqual([]);
  });
});
