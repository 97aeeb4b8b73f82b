import type { DocumentProperties } from '../model/types';
import { xmlText } from '../xmlText';

function xmpDate(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/**
 * The XMP metadata PDF/A requires, matching the document information dictionary entry by entry.
 * Written here because pdfkit puts the values into its XML unescaped, which a title with "&"
 * would break; the PDF/A identification (pdfaid) is still added by pdfkit.
 */
export function xmpDescription(properties: DocumentProperties, created: Date, producer: string): string {
  const stamp = xmpDate(created);
  return `
        <rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/">
            <xmp:CreateDate>${stamp}</xmp:CreateDate>
            <xmp:ModifyDate>${stamp}</xmp:ModifyDate>
            <xmp:MetadataDate>${stamp}</xmp:MetadataDate>
            <xmp:CreatorTool>Paragraf</xmp:CreatorTool>
        </rdf:Description>
        <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
            <dc:format>application/pdf</dc:format>
            <dc:title><rdf:Alt><rdf:li xml:lang="x-default">${xmlText(properties.title)}</rdf:li></rdf:Alt></dc:title>
            <dc:creator><rdf:Seq><rdf:li>${xmlText(properties.author)}</rdf:li></rdf:Seq></dc:creator>
            <dc:description><rdf:Alt><rdf:li xml:lang="x-default">${xmlText(properties.subject)}</rdf:li></rdf:Alt></dc:description>
            <dc:language><rdf:Bag><rdf:li>${properties.language}</rdf:li></rdf:Bag></dc:language>
        </rdf:Description>
        <rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
            <pdf:Producer>${xmlText(producer)}</pdf:Producer>
            <pdf:Keywords>${xmlText(properties.keywords.join(', '))}</pdf:Keywords>
        </rdf:Description>
        `;
}
