import { brief, briefWith } from './helpers';

// Hand-written sentences: participial openings, appositions, roles of courts and sport, descriptions.
describe('subjects behind openings, appositions and roles', () => {
  test.each<[string, string, [string, string][]]>([
    // a participial opening is no name: the subject follows it
    ['Phát biểu tại lễ khai trương, Giám đốc Lý Văn Tài nhấn mạnh: “Chúng tôi sẽ mở thêm hai chi nhánh”.', 'Lý Văn Tài', []],
    // an apposition between the subject and its verb
    ['Thị trưởng Oslo Erik Dahl, người đã theo đuổi dự án suốt 8 năm, gọi đây là “món quà cho cả thành phố”.', 'Erik Dahl', [['PERSON', 'Erik Dahl'], ['LOCATION', 'Oslo']]],
    ['Ông Mark Rowe, Chủ tịch FIFA năm 2030, nhấn mạnh: “Bóng đá cần đoàn kết”.', 'Mark Rowe', [['PERSON', 'Mark Rowe'], ['ORGANIZATION', 'FIFA']]],
    // a parenthesis before the verb
    ['Luật sư Đinh Văn Quý (Đoàn Luật sư TP Huế) cho rằng thân chủ chỉ là "người làm thuê".', 'Đinh Văn Quý', [['PERSON', 'Đinh Văn Quý'], ['LOCATION', 'Huế']]],
    // "X của <place>": the person, not the place
    ['Trong khi đó, HLV Lars Berg của Na Uy thừa nhận đội nhà thua "hoàn toàn xứng đáng".', 'Lars Berg', [['PERSON', 'Lars Berg'], ['LOCATION', 'Na Uy']]],
  ])('%s', (text, speaker, names) => {
    expect(briefWith(text, names)[0][2]).toBe(speaker);
  });

  test('a court role introduces the person, and "trình bày" reports speech', () => {
    expect(brief('Bị cáo Hoàng Thị Lụa khai không biết. "Tôi chỉ làm theo lệnh", bà Lụa trình bày.')[0][2]).toBe('Hoàng Thị Lụa');
  });

  test('a description at the clause start stands for the person named before', () => {
    const text = '“Đội đã chơi tốt”, HLV Park Ji-ho nói. “Chúng tôi còn phải sửa nhiều lỗi”, nhà cầm quân người Hàn Quốc nói thêm.';
    expect(briefWith(text, [['PERSON', 'Park Ji-ho'], ['LOCATION', 'Hàn Quốc']]).map((q) => q[2])).toEqual(['Park Ji-ho', 'Park Ji-ho']);
    const next = '“Hai bên cần đối thoại”, ông Lý Minh nói.\n\nNhà lãnh đạo Lào cũng đề nghị Thái Lan “kiềm chế tối đa”.';
    expect(briefWith(next, [['PERSON', 'Lý Minh'], ['LOCATION', 'Lào'], ['LOCATION', 'Thái Lan']]).map((q) => q[2])).toEqual(['Lý Minh', 'Lý Minh']);
  });

  test('"thông cáo viết" speaks for the body that issued it', () => {
    const text = 'Điện Élysée cho biết trong thông cáo rằng cuộc gặp diễn ra tốt đẹp. “Hai tổng thống đã bàn về năng lượng”, thông cáo viết.';
    expect(briefWith(text, [['ORGANIZATION', 'Điện Élysée']])[0][2]).toBe('Điện Élysée');
  });

  test('a body\'s head word alone is the body named before', () => {
    const text = 'Viện Nghiên cứu Biển công bố báo cáo. Viện nghiên cứu nhận định tình hình "rất đáng lo ngại".';
    expect(briefWith(text, [['ORGANIZATION', 'Viện Nghiên cứu Biển']])[0][2]).toBe('Viện Nghiên cứu Biển');
  });

  test('a body and a person merged into one name: the person speaks', () => {
    const text = 'Sở Y tế công bố số liệu. Giám đốc Sở Y tế Trần Văn Bình cho biết: “Số ca bệnh đã giảm”.';
    expect(briefWith(text, [['ORGANIZATION', 'Sở Y tế Trần Văn Bình'], ['ORGANIZATION', 'Sở Y tế']])[0][2]).toBe('Trần Văn Bình');
  });
});
