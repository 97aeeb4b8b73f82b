/** Elements whose content is never minutes text: images, drawings, form controls, scripts, Word's <o:p>. */
const dropped = new Set([
  'img', 'svg', 'picture', 'video', 'audio', 'canvas', 'object', 'embed', 'iframe', 'script', 'style', 'meta', 'link', 'title',
  'head', 'xml', 'template', 'input', 'button', 'select', 'textarea', 'noscript', 'o:p', 'v:shape', 'v:imagedata', 'v:shapetype',
]);

/** Elements that make a block of their own; everything else is inline and is unwrapped. */
const blocks = new Set([
  'p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'section', 'article', 'header', 'footer', 'main', 'aside',
  'nav', 'address', 'center', 'figure', 'figcaption', 'dl', 'dt', 'dd', 'form', 'fieldset', 'body', 'html', 'hr',
]);

const orderedMarker = /^\s*(?:\d{1,3}|[a-zA-Z]|[ivxlcdm]{1,5})[.)]/i;

function tagOf(node: Element): string {
  return node.tagName.toLowerCase();
}

function styleOf(node: Element): string {
  return (node.getAttribute('style') ?? '').toLowerCase().replace(/\s+/g, '');
}

function isBold(node: Element): boolean {
  const style = styleOf(node);
  if (/font-weight:(normal|400)/.test(style)) return false;
  return tagOf(node) === 'b' || tagOf(node) === 'strong' || /font-weight:(bold|[6-9]00)/.test(style);
}

function isItalic(node: Element): boolean {
  const style = styleOf(node);
  if (/font-style:normal/.test(style)) return false;
  return tagOf(node) === 'i' || tagOf(node) === 'em' || /font-style:italic/.test(style);
}

/** A Word list paragraph: "MsoListParagraph…" or an "mso-list" style; its level from "level2". */
function wordListLevel(node: Element): number | null {
  const style = styleOf(node);
  const isList = /msolistparagraph/i.test(node.getAttribute('class') ?? '') || /mso-list:l\d/.test(style);
  if (!isList) return null;
  const level = /level(\d)/.exec(style);
  return level ? Number(level[1]) : 1;
}

/** Whether a node is Word's list marker ("·", "1.") that the list structure replaces. */
function isWordMarker(node: Node): boolean {
  return node instanceof Element && /mso-list:ignore/.test(styleOf(node));
}

/** Takes out the content between <!--[if !supportLists]--> and <!--[endif]--> (Word's list marker), returning its text. */
function takeConditionalMarker(paragraph: Element): string {
  let marker = '';
  const comments: Comment[] = [];
  const walker = paragraph.ownerDocument.createTreeWalker(paragraph, NodeFilter.SHOW_COMMENT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) comments.push(node as Comment);
  for (const comment of comments) {
    if (!/\[if !supportLists\]/i.test(comment.data)) continue;
    let node = comment.nextSibling;
    while (node && !(node.nodeType === Node.COMMENT_NODE && /\[endif\]/i.test((node as Comment).data))) {
      const next = node.nextSibling;
      marker += node.textContent ?? '';
      node.parentNode?.removeChild(node);
      node = next;
    }
  }
  for (const comment of comments) comment.remove();
  for (const node of [...paragraph.querySelectorAll('*')]) {
    if (!isWordMarker(node)) continue;
    marker += node.textContent ?? '';
    node.remove();
  }
  return marker;
}

/** Builds clean HTML: paragraphs, lists (also Word's), bold, italic and line breaks, nothing else. */
class Cleaner {
  private readonly out: Document;
  private paragraph: HTMLElement | null = null;

  constructor(private readonly root: HTMLElement) {
    this.out = root.ownerDocument;
  }

  run(source: Element): void {
    this.blockChildren(source, this.root);
    this.closeParagraph();
    // Spacer lines and paragraphs that held only an image or a drawing carry nothing.
    for (const paragraph of [...this.root.querySelectorAll('p')]) {
      if ((paragraph.textContent ?? '').trim() === '' && !paragraph.querySelector('br') && paragraph.parentElement?.tagName !== 'LI') paragraph.remove();
    }
  }

  private closeParagraph(): void {
    this.paragraph = null;
  }

  private currentParagraph(target: HTMLElement): HTMLElement {
    if (!this.paragraph || this.paragraph.parentNode !== target) {
      this.paragraph = this.out.createElement('p');
      target.append(this.paragraph);
    }
    return this.paragraph;
  }

  private blockChildren(source: Element, target: HTMLElement): void {
    const children = [...source.childNodes];
    for (let index = 0; index < children.length; index += 1) {
      const node = children[index]!;
      if (node.nodeType === Node.TEXT_NODE) {
        if ((node.textContent ?? '').trim() !== '') this.currentParagraph(target).append(node.textContent ?? '');
        continue;
      }
      if (!(node instanceof Element)) continue;
      const tag = tagOf(node);
      if (dropped.has(tag)) continue;
      if (wordListLevel(node) !== null) {
        const run: Element[] = [node];
        while (index + 1 < children.length) {
          const next = children[index + 1]!;
          if (next.nodeType === Node.TEXT_NODE && (next.textContent ?? '').trim() === '') {
            index += 1;
            continue;
          }
          if (!(next instanceof Element) || wordListLevel(next) === null) break;
          run.push(next);
          index += 1;
        }
        this.closeParagraph();
        this.wordList(run, target);
      } else if (tag === 'ul' || tag === 'ol') {
        this.closeParagraph();
        target.append(this.list(node));
      } else if (tag === 'table') {
        this.closeParagraph();
        this.table(node, target);
      } else if (tag === 'li') {
        this.closeParagraph();
        const list = this.out.createElement('ul');
        list.append(this.listItem(node));
        target.append(list);
      } else if (blocks.has(tag)) {
        this.closeParagraph();
        if (tag !== 'hr') this.blockChildren(node, target);
        this.closeParagraph();
      } else if (tag === 'br') {
        this.currentParagraph(target).append(this.out.createElement('br'));
      } else {
        this.inline(node, this.currentParagraph(target));
      }
    }
  }

  private inline(source: Node, target: HTMLElement): void {
    if (source.nodeType === Node.TEXT_NODE) {
      target.append(source.textContent ?? '');
      return;
    }
    if (!(source instanceof Element)) return;
    const tag = tagOf(source);
    if (dropped.has(tag) || isWordMarker(source)) return;
    if (tag === 'br') {
      target.append(this.out.createElement('br'));
      return;
    }
    let into = target;
    if (isBold(source)) into = this.wrap(into, 'strong');
    if (isItalic(source)) into = this.wrap(into, 'em');
    for (const child of [...source.childNodes]) {
      if (child instanceof Element && (blocks.has(tagOf(child)) || tagOf(child) === 'ul' || tagOf(child) === 'ol' || tagOf(child) === 'table')) {
        into.append(' ');
        this.inline(child, into);
      } else {
        this.inline(child, into);
      }
    }
  }

  private wrap(target: HTMLElement, tag: 'strong' | 'em'): HTMLElement {
    const element = this.out.createElement(tag);
    target.append(element);
    return element;
  }

  private list(source: Element): HTMLElement {
    const list = this.out.createElement(tagOf(source) === 'ol' ? 'ol' : 'ul');
    for (const child of [...source.children]) {
      const tag = tagOf(child);
      if (tag === 'li') list.append(this.listItem(child));
      else if (tag === 'ul' || tag === 'ol') list.lastElementChild?.append(this.list(child));
    }
    return list;
  }

  private listItem(source: Element): HTMLElement {
    const item = this.out.createElement('li');
    const saved = this.paragraph;
    this.paragraph = null;
    this.blockChildren(source, item);
    this.paragraph = saved;
    if (!item.firstElementChild || tagOf(item.firstElementChild) !== 'p') item.prepend(this.out.createElement('p'));
    return item;
  }

  private table(source: Element, target: HTMLElement): void {
    for (const row of source.querySelectorAll('tr')) {
      const paragraph = this.out.createElement('p');
      const cells = [...row.children].filter((cell) => ['td', 'th'].includes(tagOf(cell)));
      cells.forEach((cell, index) => {
        if (index > 0) paragraph.append(' – ');
        this.inline(cell, paragraph);
      });
      if ((paragraph.textContent ?? '').trim() !== '') target.append(paragraph);
    }
  }

  /** Word's list paragraphs in a row become one list, nested by their level. */
  private wordList(paragraphs: Element[], target: HTMLElement): void {
    const stack: { level: number; list: HTMLElement }[] = [];
    for (const paragraph of paragraphs) {
      const level = wordListLevel(paragraph) ?? 1;
      const marker = takeConditionalMarker(paragraph);
      while (stack.length > 0 && stack[stack.length - 1]!.level > level) stack.pop();
      let top = stack[stack.length - 1];
      if (!top || top.level < level) {
        const list = this.out.createElement(orderedMarker.test(marker) ? 'ol' : 'ul');
        const parentItem = top?.list.lastElementChild;
        if (parentItem) parentItem.append(list);
        else target.append(list);
        top = { level, list };
        stack.push(top);
      }
      const item = this.out.createElement('li');
      const text = this.out.createElement('p');
      for (const child of [...paragraph.childNodes]) this.inline(child, text);
      item.append(text);
      top.list.append(item);
    }
  }
}

/**
 * Cleans HTML pasted from Word or a web page down to what minutes hold: paragraphs, lists (Word's
 * list paragraphs become real lists), bold and italic. Styles, classes, fonts, colours, links,
 * images and tables' grid are dropped (a table row becomes a paragraph, cells joined by " – ").
 * What Paragraf itself copied is left as it is, so entries keep their structure.
 */
export function cleanPastedHtml(html: string): string {
  if (html.includes('data-pm-slice')) return html;
  const source = new DOMParser().parseFromString(html, 'text/html');
  const root = source.createElement('div');
  new Cleaner(root).run(source.body);
  return root.innerHTML;
}
