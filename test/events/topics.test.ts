import { findTopics } from '../../src/events/topics';

describe('topics from keywords', () => {
  test.each([
    ['Hai bên bàn về thuế quan và xuất khẩu nông sản.', ['trade', 'tariffs', 'agriculture']],
    ['Họ thảo luận về trí tuệ nhân tạo và chất bán dẫn.', ['ai', 'technology']],
    ['Vấn đề AI được nêu ra.', ['ai']],
    ['Không ai phản đối.', []], // "ai" (who) is not AI
    ['Xung đột ở Gaza và chương trình hạt nhân của Iran.', ['security', 'nuclear', 'middle-east']],
    ['Cuộc điện đàm kéo dài một giờ.', []],
  ])('%s', (text, topics) => {
    expect(findTopics([text])).toEqual(topics);
  });
});
