/**
 * What Chrome receives when a secretary copies part of earlier minutes from Word on Windows:
 * mso classes and styles, <o:p>, list paragraphs with their markers in conditional comments,
 * a table, an image in VML and as <img>, a link, and the StartFragment markers.
 */
export const wordClipboardHtml = `<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head><meta http-equiv=Content-Type content="text/html; charset=utf-8"><meta name=ProgId content=Word.Document><meta name=Generator content="Microsoft Word 15">
<style><!-- p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;} p.MsoListParagraph {margin-left:36.0pt;} --></style></head>
<body lang=SV style='tab-interval:65.2pt;word-wrap:break-word'>
<!--StartFragment-->
<p class=MsoNormal><b><span style='font-size:12.0pt;font-family:"Arial",sans-serif'>Ekonomisk rapport<o:p></o:p></span></b></p>
<p class=MsoNormal><span style='color:#1F3864'>Kassören redovisade resultatet.<span style='mso-spacerun:yes'>  </span>Likviditeten är <i>god</i>.<o:p></o:p></span></p>
<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol;mso-fareast-font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><![endif]>Intäkter: 120 000 kr<o:p></o:p></p>
<p class=MsoListParagraphCxSpMiddle style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp; </span></span></span><![endif]>Kostnader: <b>95 000 kr</b><o:p></o:p></p>
<p class=MsoListParagraphCxSpMiddle style='margin-left:72.0pt;mso-add-space:auto;text-indent:-18.0pt;mso-list:l0 level2 lfo1'><![if !supportLists]><span style='font-family:"Courier New"'><span style='mso-list:Ignore'>o<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span></span><![endif]>varav lokalhyra 40 000 kr<o:p></o:p></p>
<p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span></span><![endif]>Resultat: 25 000 kr<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l1 level1 lfo2'><![if !supportLists]><span style='mso-bidi-font-family:Calibri'><span style='mso-list:Ignore'>1.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp; </span></span></span><![endif]>lägga rapporten till handlingarna<o:p></o:p></p>
<p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l1 level1 lfo2'><![if !supportLists]><span style='mso-bidi-font-family:Calibri'><span style='mso-list:Ignore'>2.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp; </span></span></span><![endif]>uppdra åt kassören att följa upp<o:p></o:p></p>
<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt;mso-yfti-tbllook:1184'>
 <tr style='mso-yfti-irow:0;mso-yfti-firstrow:yes'>
  <td width=302 valign=top style='width:226.55pt;border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt'><p class=MsoNormal>Datum<o:p></o:p></p></td>
  <td width=302 valign=top style='width:226.55pt;border:solid windowtext 1.0pt'><p class=MsoNormal><b>Syfte</b><o:p></o:p></p></td>
 </tr>
 <tr style='mso-yfti-irow:1;mso-yfti-lastrow:yes'>
  <td width=302 valign=top style='width:226.55pt'><p class=MsoNormal>2027-01-14<o:p></o:p></p></td>
  <td width=302 valign=top style='width:226.55pt'><p class=MsoNormal>Styrelsemöte<o:p></o:p></p></td>
 </tr>
</table>
<p class=MsoNormal><span style='mso-no-proof:yes'><!--[if gte vml 1]><v:shape id="Bild_x0020_1" o:spid="_x0000_i1025" type="#_x0000_t75" style='width:120pt;height:60pt'><v:imagedata src="file:///C:/Users/sekr/AppData/Local/Temp/msohtmlclip1/01/clip_image001.png" o:title=""/></v:shape><![endif]--><![if !vml]><img width=160 height=80 src="file:///C:/Users/sekr/AppData/Local/Temp/msohtmlclip1/01/clip_image002.png" v:shapes="Bild_x0020_1"><![endif]></span><o:p></o:p></p>
<p class=MsoNormal>Se <a href="https://example.se/rapport"><span style='color:#0563C1'>rapporten</span></a> på webben.<o:p></o:p></p>
<!--EndFragment-->
</body>
</html>`;

/** A piece of a web page: headings, a script, an image with a caption, inline styles, a list. */
export const webPageHtml = `<meta charset="utf-8"><h2 class="title" style="color:#333">Nyheter från föreningen</h2><div class="content"><p>Styrelsen har <strong>beslutat</strong> att <span style="color:red;font-weight:700">höja</span> avgiften. <a href="/mer">Läs mer</a></p><script>alert('x')</script><figure><img src="https://example.se/a.jpg" alt="bild"><figcaption>Årsmötet 2026</figcaption></figure><ul class="list"><li>Första punkten</li><li><em>Andra</em> punkten<ul><li>Underpunkt</li></ul></li></ul><button>Dela</button></div>`;
