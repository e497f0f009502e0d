/**
 * Trigger words of the events stage, by event type and meeting mode.
 *
 * Hand-written from issue #6 and the gold guidelines (events section); CAMEO codes from the
 * GDELT/PETRARCH CAMEO codebook (04 consult: 040 consult, 041 telephone, 042 make a visit,
 * 043 host a visit, 044 meet at a third location, 046 negotiate; 036 express intent to meet;
 * 057 sign formal agreement; 010 make a statement). Surface forms are NFC, lower case: the
 * matcher is case-insensitive.
 */
import type { EventType, MeetingMode } from '../../types';

export interface TriggerEntry {
  /** Surface forms, matched as whole words. */
  readonly words: readonly string[];
  readonly type: EventType;
  /** For meetings: the mode the word itself says ('unknown' when a modifier must tell). */
  readonly mode?: MeetingMode;
  /** CAMEO code of the event when nothing more specific applies. */
  readonly cameo: string;
  /** A tag naming the rule, kept on the candidate. */
  readonly rule: string;
}

export const TRIGGERS: readonly TriggerEntry[] = [
  { rule: 'meeting-phone', type: 'meeting', mode: 'phone', cameo: '041',
    words: ['điện đàm', 'cuộc gọi', 'nói chuyện qua điện thoại', 'gọi điện', 'cuộc gọi điện thoại'] },
  { rule: 'meeting-summit', type: 'meeting', mode: 'unknown', cameo: '040',
    words: ['hội nghị thượng đỉnh', 'cuộc họp thượng đỉnh', 'họp thượng đỉnh'] },
  { rule: 'meeting-negotiation', type: 'meeting', mode: 'unknown', cameo: '046',
    words: ['đàm phán', 'cuộc đàm phán', 'phiên đàm phán'] },
  { rule: 'meeting-in-person', type: 'meeting', mode: 'in_person', cameo: '040',
    words: ['hội đàm', 'cuộc hội đàm', 'gặp mặt', 'gặp gỡ', 'gặp', 'cuộc gặp', 'gặp nhau'] },
  { rule: 'meeting-talk', type: 'meeting', mode: 'unknown', cameo: '040',
    words: ['thảo luận', 'cuộc thảo luận', 'cuộc họp', 'cuộc bàn thảo', 'bàn thảo', 'nói chuyện',
      'cuộc nói chuyện', 'cuộc trao đổi', 'làm việc với', 'buổi làm việc với'] },
  { rule: 'meeting-host', type: 'meeting', mode: 'in_person', cameo: '043',
    words: ['đón tiếp', 'tiếp đón', 'tiếp', 'tiếp kiến', 'hội kiến', 'chào xã giao'] },
  { rule: 'visit', type: 'visit', cameo: '042',
    words: ['chuyến thăm', 'tới thăm', 'đến thăm', 'sang thăm', 'thăm', 'công du', 'chuyến công du',
      'đi công tác', 'tham quan', 'thăm chính thức'] },
  { rule: 'agreement-sign', type: 'agreement', cameo: '057', words: ['ký kết', 'ký'] },
  { rule: 'agreement', type: 'agreement', cameo: '057', words: ['nhất trí', 'đồng ý'] },
  { rule: 'announcement', type: 'announcement', cameo: '010', words: ['thông báo', 'công bố', 'tuyên bố'] },
  { rule: 'announcement-decision', type: 'announcement', cameo: '010', words: ['quyết định'] },
  // A body issuing a document that instructs: "UBND tỉnh có công điện khẩn yêu cầu ...", "Bộ ban hành chỉ thị ..."
  { rule: 'announcement-document', type: 'announcement', cameo: '010',
    words: ['có công văn', 'có công điện', 'ra công văn', 'ra công điện', 'gửi công văn', 'ban hành công văn', 'ban hành công điện', 'gửi công điện',
      'phát đi công điện', 'có văn bản', 'ban hành văn bản', 'ra chỉ thị', 'ban hành chỉ thị', 'ban hành quyết định',
      'ra thông báo', 'ban hành thông báo', 'ban hành nghị quyết', 'ban hành thông tư', 'ban hành nghị định',
      // "Thủ tướng đã ký công điện số 95 ...": signing an instruction issues it
      'ký công điện', 'ký công văn', 'ký chỉ thị'] },
];

/**
 * "tiếp" hosts a meeting only when someone is received: "tiếp Chủ tịch Tập đoàn Toyota", "tiếp ông X",
 * "tiếp đoàn đại biểu" — never "tiếp tục", "tiếp cận", "trực tiếp".
 */
/** "bà Kamikawa được Tổng thống Ferdinand Marcos tiếp": the passive names the host before "tiếp". */
export const RECEIVED_BEFORE = /(?<![\p{L}\p{N}])được\s+(?:[^\s,.;:]+\s+){1,7}$/u;
export const RECEIVES_AFTER = /^\s+(?:\p{Lu}|(?:ông|bà|đoàn|phái đoàn|các|đại sứ|bộ trưởng|thủ tướng|tổng thống)(?![\p{L}\p{N}]))/u;

/** Words after a trigger that make it something else: "gặp khó khăn", "thăm dò", "họp báo". */
export const NOT_AFTER: Readonly<Record<string, readonly string[]>> = {
  'gặp': ['khó', 'phải', 'rắc rối', 'sự cố', 'nạn', 'nguy', 'trục trặc', 'may', 'trở ngại', 'vấn đề', 'tai nạn'],
  'thăm': ['dò', 'khám', 'hỏi'],
  'ký': ['ức', 'giả', 'hiệu', 'sự', 'túc', 'tên', 'ban hành', 'quyết định', 'lệnh', 'sắc lệnh', 'công văn', 'văn bản', 'nghị định', 'công điện', 'chỉ thị'],
  'cuộc họp': ['báo'],
  'quyết định': ['của', 'số', 'này', 'đó'],
  'đồng ý': ['kiến'],
};

/** Words before a trigger that make it something else: "thư ký", "đăng ký", "theo quyết định". */
export const NOT_BEFORE: Readonly<Record<string, readonly string[]>> = {
  // "các nhà đàm phán" are negotiators, "bàn đàm phán" the table
  'đàm phán': ['nhà', 'bàn'],
  'ký': ['thư', 'đăng', 'nhật', 'chữ', 'tổng thư'],
  'thăm': ['viếng'],
  'đồng ý': ['bất'],
  'quyết định': ['theo', 'các', 'một', 'những', 'có', 'quyền'],
  'thông báo': ['theo', 'trong', 'một'],
  'tuyên bố': ['theo', 'trong', 'một', 'những', 'các'],
};

/**
 * A meeting named as the setting of something else is not itself reported:
 * "tại hội nghị thượng đỉnh về khí hậu", "tham dự hội nghị thượng đỉnh của APEC".
 */
export const SETTING_BEFORE: readonly string[] = ['tại', 'tham dự', 'dự', 'bên lề', 'tham gia'];

/** Purpose and willingness are not events: "để thảo luận", "sẵn sàng thảo luận". */
export const PURPOSE_BEFORE: readonly string[] = ['để', 'nhằm', 'sẵn sàng', 'muốn', 'mong muốn', 'có thể'];

/** An agreement named as a noun counts when something reaches or signs it: "đạt được thỏa thuận". */
export const AGREEMENT_VERBS: readonly string[] = [
  'đạt được', 'ký kết', 'ký', 'môi giới', 'công bố', 'đi đến', 'thông qua', 'tuyên bố thiết lập',
];
export const AGREEMENT_NOUNS: readonly string[] = [
  'thỏa thuận', 'thoả thuận', 'hiệp ước', 'hiệp định', 'đồng thuận', 'quan hệ đối tác',
];

/** Mode words near a meeting trigger: "cuộc gặp trực tuyến", "hội nghị thượng đỉnh ảo". */
export const MODE_MARKERS: readonly { words: readonly string[]; mode: MeetingMode }[] = [
  { mode: 'video', words: ['trực tuyến', 'ảo', 'qua video', 'qua mạng', 'trực tuyến qua video'] },
  { mode: 'phone', words: ['qua điện thoại', 'điện thoại'] },
  { mode: 'in_person', words: ['trực tiếp', 'gặp mặt trực tiếp'] },
];
