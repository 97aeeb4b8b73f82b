import { inflateSync } from 'node:zlib';
import { PdfSyntaxError } from './pdfLexer';
import { PdfName, PdfStream, isDict, type PdfDict, type PdfValue } from './pdfValues';

function undoPngPredictor(data: Buffer, columns: number): Buffer {
  const rowLength = columns + 1;
  const rows = Math.floor(data.length / rowLength);
  const out = Buffer.alloc(rows * columns);
  const previous = Buffer.alloc(columns);
  for (let row = 0; row < rows; row += 1) {
    const type = data[row * rowLength]!;
    for (let column = 0; column < columns; column += 1) {
      const raw = data[row * rowLength + 1 + column]!;
      const left = column > 0 ? out[row * columns + column - 1]! : 0;
      const up = previous[column]!;
      const upLeft = column > 0 ? previous[column - 1]! : 0;
      let value = raw;
      if (type === 1) value = raw + left;
      else if (type === 2) value = raw + up;
      else if (type === 3) value = raw + Math.floor((left + up) / 2);
      else if (type === 4) {
        const estimate = left + up - upLeft;
        const [a, b, c] = [Math.abs(estimate - left), Math.abs(estimate - up), Math.abs(estimate - upLeft)];
        value = raw + (a <= b && a <= c ? left : b <= c ? up : upLeft);
      }
      out[row * columns + column] = value & 0xff;
    }
    out.copy(previous, 0, row * columns, row * columns + columns);
  }
  return out;
}

/** A stream's decoded bytes: FlateDecode (with PNG predictors, as xref streams use) or none. */
export function decodeStream(stream: PdfStream): Buffer {
  const filter = stream.dict.get('Filter');
  const filters: PdfValue[] = Array.isArray(filter) ? filter : filter === undefined ? [] : [filter];
  let data = stream.raw;
  for (const item of filters) {
    if (!(item instanceof PdfName) || item.name !== 'FlateDecode') throw new PdfSyntaxError('unsupported stream filter');
    data = inflateSync(data);
  }
  const parmsValue = stream.dict.get('DecodeParms');
  const parms: PdfDict | undefined = Array.isArray(parmsValue) ? (parmsValue.find(isDict) as PdfDict | undefined) : isDict(parmsValue) ? parmsValue : undefined;
  const predictor = parms?.get('Predictor');
  if (typeof predictor === 'number' && predictor >= 10) {
    const columns = parms?.get('Columns');
    data = undoPngPredictor(data, typeof columns === 'number' ? columns : 1);
  }
  return data;
}
