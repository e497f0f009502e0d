/**
 * Site furniture seen in Vietnamese news pages: lines a scraper keeps that are not the article.
 * Collected from the pages of VnExpress, Dân trí, Tuổi Trẻ, Thanh Niên, Zing, VTC, BBC Tiếng Việt,
 * VOA and RFA as they come out of common HTML-to-text extractors. Matched against a whole
 * paragraph (case-insensitive, NFC), so a phrase here never removes a sentence of the article.
 */
export const BOILERPLATE_LINES: readonly string[] = [
  'video đang hot',
  'đóng kênh chia sẻ',
  'chia sẻ',
  'chia sẻ bài viết',
  'bình luận',
  'xem thêm',
  'xem tiếp',
  'tin liên quan',
  'bài liên quan',
  'tin cùng chuyên mục',
  'tin mới nhất',
  'đọc thêm',
  'đọc nhiều nhất',
  'xem nhiều nhất',
  'tin nổi bật',
  'tin đọc nhiều',
  'đọc nhiều',
  'mới nhất',
  'tin khác',
  'quảng cáo',
  'advertisement',
  'theo dõi chúng tôi',
  'theo dõi',
  'trở lại đầu trang',
  'lên đầu trang',
  'in bài',
  'gửi bài',
  'báo lỗi',
  'ý kiến bạn đọc',
  'gửi bình luận',
  'bạn đang đọc',
  'bấm để xem',
  'nhấn để phóng to ảnh',
  'xem video',
  'video',
  'ảnh',
  'thích',
  'tweet',
  'facebook',
  'twitter',
  'zalo',
  'email',
  '|',
  '/',
];

/** Prefixes of furniture lines that carry a variable tail ("Image copyright AP"). */
export const BOILERPLATE_PREFIXES: readonly string[] = [
  'image copyright',
  'bản quyền hình ảnh',
  'getty images',
  'tags:',
  'từ khóa:',
  'từ khoá:',
  'chủ đề:',
  'tin liên quan:',
  'xem thêm:',
  'đọc thêm:',
  'nguồn ảnh:',
];

/** Prefixes that mark a photo caption. */
export const CAPTION_PREFIXES: readonly string[] = ['image caption', 'chú thích ảnh', 'ảnh minh họa', 'ảnh minh hoạ', 'ảnh:'];

/** Credit words that close a caption: "... Ảnh: Reuters", "(Ảnh cắt từ video)", "Đồ họa: WP". */
export const CAPTION_CREDITS: readonly string[] = ['ảnh', 'nguồn ảnh', 'đồ họa', 'đồ hoạ', 'video', 'clip', 'photo'];
