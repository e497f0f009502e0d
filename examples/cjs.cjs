// CommonJS require: node examples/cjs.cjs
const { extractDates, extractEntities } = require('vinews');

const text = 'Tối 24/11 (giờ địa phương), Chủ tịch Trung Quốc Tập Cận Bình đã có cuộc điện đàm với Tổng thống Mỹ Donald Trump.';
console.log(extractDates(text, { referenceDate: '2025-11-25' }).map((d) => `${d.text} → ${d.value}`));
console.log(extractEntities(text).map((e) => `${e.type} ${e.name}`));
