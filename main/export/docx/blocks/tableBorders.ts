import { BorderStyle } from 'docx';

const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const thin = { style: BorderStyle.SINGLE, size: 4, color: '808080' };

/** No lines at all: signature blocks and the page header. */
export const noBorders = { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none };

/** Thin lines between rows only: the first page's facts. */
export const rowBorders = { top: thin, bottom: thin, left: none, right: none, insideHorizontal: thin, insideVertical: none };

/** A full grid: votering lists and other tables with a header row. */
export const gridBorders = { top: thin, bottom: thin, left: thin, right: thin, insideHorizontal: thin, insideVertical: thin };
