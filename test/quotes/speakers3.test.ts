import { briefWith } from './helpers';

// Hand-written sentences: statements of a named body, roles before a name, interview turns, names.
describe('issuers, role holders, interview turns and names', () => {
  test('"tuyên bố của X": the body whose statement it is speaks, not the outlet', () => {
    const text = 'Hãng tin Alpha hôm qua đăng tuyên bố của Bộ Ngoại giao Zeta, chỉ trích cuộc tập trận là “hành động liều lĩnh”.';
    expect(briefWith(text, [['ORGANIZATION', 'Hãng tin Alpha'], ['ORGANIZATION', 'Bộ Ngoại giao Zeta']])[0][2]).toBe('Bộ Ngoại giao Zeta');
  });

  test('a role and its body, then the person in apposition', () => {
    const text = 'Bộ trưởng Tài chính Na Uy, Hoàng tử Olav Berg, cho biết chính phủ sẽ “giữ kỷ luật ngân sách”.';
    expect(briefWith(text, [['PERSON', 'Olav Berg'], ['LOCATION', 'Na Uy']])[0][2]).toBe('Olav Berg');
  });

  test('"Tôi" in an interview turn is the one answering', () => {
    const text = '- Phóng viên: Ông nghĩ gì về dự án?\n- TS Trần Văn Bình: Tôi hay nói với học trò: “Đừng sợ thất bại”.';
    expect(briefWith(text, [['PERSON', 'Trần Văn Bình']])[0][2]).toBe('Trần Văn Bình');
  });

  test('"Tôi" outside a turn is no name', () => {
    expect(briefWith('Tôi nói với anh ấy: “Hãy về nhà”.', [])[0][2]).toBeNull();
  });

  test('"Tiến sĩ" is a title, not a name', () => {
    const text = 'Tiến sĩ Olga Lind, chuyên gia của viện, từng nhận xét rằng “đê chỉ mua thêm thời gian”.';
    expect(briefWith(text, [['PERSON', 'Olga Lind']])[0][2]).toBe('Olga Lind');
  });

  test('a degree in capitals is no part of the name', () => {
    const full = 'BSCK Đỗ Văn Minh cho biết: “Chúng tôi đã sẵn sàng”.';
    expect(briefWith(full, [['PERSON', 'BSCK Đỗ Văn Minh']])[0][2]).toBe('Đỗ Văn Minh');
  });

  test('a surname split off a body goes with the person', () => {
    const text = 'Phó chủ tịch tỉnh Lạng Sơn Hà Minh Tú nói: “Chúng tôi chào đón du khách”. Ông Tú cho biết thêm.';
    const names = briefWith(text, [['LOCATION', 'Lạng Sơn Hà Minh Tú'], ['PERSON', 'Tú']]);
    expect(names[0][2]).toBe('Hà Minh Tú');
  });
});
