// Writes order.csv's four lines as ExcelJS 4.4.0 and SheetJS 0.18.5 write them (dates as date cells).
const fs = require('fs');
const ExcelJS = require('exceljs');
const XLSX = require('xlsx');
const rows = fs.readFileSync(process.argv[2], 'utf8').trim().split('\n').map(l => l.split(','));
const header = rows[0];
const data = rows.slice(1).map(r => r.map((v, i) => {
  if (header[i] === 'Ship Date') { const [y, m, d] = v.split('-').map(Number); return new Date(Date.UTC(y, m - 1, d)); }
  if (header[i] === 'Line' || header[i] === 'Quantity') return Number(v);
  return v;
}));
(async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Order');
  ws.addRow(header);
  data.forEach(r => ws.addRow(r));
  ws.getColumn(header.indexOf('Ship Date') + 1).numFmt = 'yyyy-mm-dd';
  await wb.xlsx.writeFile(process.argv[3] + '/exceljs-4.4.0.xlsx');
  const sheet = XLSX.utils.aoa_to_sheet([header, ...data], { cellDates: true, dateNF: 'yyyy-mm-dd' });
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, sheet, 'Order');
  XLSX.writeFile(book, process.argv[3] + '/sheetjs-0.18.5.xlsx');
})();
