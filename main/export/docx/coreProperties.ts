import type { DocumentProperties } from '../model/types';
import { xmlText } from '../xmlText';

/**
 * docProps/core.xml written whole: the docx package has no field for the document's language
 * (dc:language), which Word and screen readers read, so Paragraf writes the part itself.
 */
export function corePropertiesXml(properties: DocumentProperties, created: Date): string {
  const stamp = created.toISOString().replace(/\.\d{3}Z$/, 'Z');
  return [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"',
    ' xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"',
    ' xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">',
    `<dc:title>${xmlText(properties.title)}</dc:title>`,
    `<dc:subject>${xmlText(properties.subject)}</dc:subject>`,
    `<dc:creator>${xmlText(properties.author)}</dc:creator>`,
    `<cp:keywords>${xmlText(properties.keywords.join(', '))}</cp:keywords>`,
    `<dc:language>${properties.language}</dc:language>`,
    '<cp:lastModifiedBy>Paragraf</cp:lastModifiedBy>',
    `<dcterms:created xsi:type="dcterms:W3CDTF">${stamp}</dcterms:created>`,
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${stamp}</dcterms:modified>`,
    '</cp:coreProperties>',
  ].join('');
}
