// ESM import: node examples/esm.mjs
import { analyze, detectLanguage } from 'vinews';

const text = 'Ngày 24/11, Tổng thống Donald Trump đã có cuộc điện đàm với Chủ tịch Trung Quốc Tập Cận Bình.';
console.log(detectLanguage(text).code);
console.log(JSON.stringify(analyze(text, { referenceDate: '2025-11-25' }).events, null, 2));
