/**
 * Word tables that decide who, when, where and in what status an event is told.
 * Hand-written from issue #6 and the gold guidelines; lower case, NFC, matched case-insensitively.
 */

/** Before a trigger: the event did not happen ("chưa gặp mặt", "không ký"). */
export const NEGATIONS: readonly string[] = ['chưa', 'không', 'chưa từng', 'chưa bao giờ', 'không hề', 'đừng'];

/** Modality and tense that make an event planned. */
export const PLANNED: readonly string[] = [
  'sẽ', 'dự kiến', 'kế hoạch', 'nhận lời mời', 'sắp', 'chuẩn bị', 'trước thềm', 'dự định', 'lên kế hoạch',
  'có thể sẽ', 'lời mời',
];

/** Cues that an event is recalled as background. */
export const RECALLED: readonly string[] = [
  'kể từ', 'trước đó', 'lần gần nhất', 'gần nhất', 'cuối cùng', 'từng', 'cách đây', 'hồi', 'lần trước',
  'trước đây', 'lần nói chuyện', 'lần gặp',
];

/** Tense that makes an event occurred (when no date says otherwise). */
export const OCCURRED: readonly string[] = ['đã', 'vừa', 'mới', 'vừa qua'];

/** Plural references to the two main actors: resolved to the last two PERSON entities. */
export const PAIR_PEOPLE: readonly string[] = [
  'hai nhà lãnh đạo', '2 nhà lãnh đạo', 'hai người', 'hai lãnh đạo', '2 lãnh đạo', 'hai nguyên thủ', 'hai ông', '2 ông',
  'các nhà lãnh đạo', 'lãnh đạo hai nước', 'hai bên', 'họ', 'cả hai',
  'hai bộ trưởng', 'hai ngoại trưởng', 'hai thủ tướng', 'hai tổng thống', 'hai chủ tịch', 'hai bà', 'hai vị',
  '2 bộ trưởng', '2 ngoại trưởng', 'hai người đồng cấp',
];

/** Plural references to two states: resolved to the article's two main countries. */
export const PAIR_COUNTRIES: readonly string[] = ['hai nước', '2 nước', 'hai quốc gia', '2 quốc gia'];

/** A bare honorific standing for the last person named ("ông đã nhận lời mời"). */
export const PRONOUNS: readonly string[] = ['ông ấy', 'bà ấy', 'ông ta', 'bà ta', 'ông', 'bà'];

/**
 * Words that open a new clause: subordinators and speech verbs. What a clause holds is told
 * about its own trigger; "X cho biết Y và Z đã gặp" keeps X (the source) out of the meeting.
 */
export const CLAUSE_OPENERS: readonly string[] = [
  'rằng', 'sau khi', 'trước khi', 'trong khi', 'khi', 'sau', 'trước thềm', 'nhưng', 'trong bối cảnh',
  'để', 'nhằm', 'kể từ', 'cho biết', 'cho hay', 'nói rằng', 'cho rằng', 'theo', 'tuy nhiên', 'đồng thời',
  'nơi', 'do', 'như',
];

/** Prepositions before a place: the place is where, not who ("tại San Francisco", "ở Bali"). */
export const LOCATIVES: readonly string[] = [
  'tại', 'ở', 'tới', 'đến', 'sang', 'từ', 'trên', 'khắp', 'thăm', 'về', 'ngoại ô', 'vùng', 'khu vực',
];

/** Words before a name that say it is a possessor or a modifier, not an actor ("của ông Biden"). */
export const NOT_ACTOR_BEFORE: readonly string[] = [
  'của', 'lời mời của', 'theo', 'thuộc', 'nông dân', 'người',
  // the setting of a meeting, not a side in it: "bên lề hội nghị APEC", "diễn đàn Davos"
  'hội nghị', 'hội nghị thượng đỉnh', 'thượng đỉnh', 'diễn đàn', 'bên lề',
];

/** Before a date: the date is a bound, not when the event took place ("kể từ tháng 11"). */
export const NOT_EVENT_DATE_BEFORE: readonly string[] = ['kể từ', 'từ', 'đến', 'tới', 'sau khi', 'trước khi'];
