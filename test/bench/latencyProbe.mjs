/**
 * Installed in the page (passed to page.evaluate): measures keystroke latency, with one method for
 * every target.
 *
 * Keystroke latency = from the keydown event's timeStamp (when the browser created the input event)
 * to the end of the first frame whose DOM contains the character: at each requestAnimationFrame after
 * the keydown the target's text is compared with its text at keydown; in the first frame where it
 * differs, the time is taken in the next macrotask (a MessageChannel message), which runs after that
 * frame's style, layout and paint. So it covers the editor's work on the key, waiting for the frame,
 * and rendering it, like the time until a person could see the character.
 *
 * The probe measures whichever target is current (`probe.target`, `probe.read`), so the editor and a
 * plain textarea are measured by the very same code.
 */
export function installLatencyProbe() {
  const probe = { target: null, read: null, samples: {}, missed: 0 };
  window.benchLatencyProbe = probe;
  const channel = new MessageChannel();
  const queue = [];
  channel.port1.onmessage = () => queue.shift()?.();
  const nextMacrotask = (run) => {
    queue.push(run);
    channel.port2.postMessage(null);
  };
  window.addEventListener(
    'keydown',
    (event) => {
      if (!probe.target || event.key.length !== 1 || event.ctrlKey || event.metaKey || event.altKey) return;
      const samples = (probe.samples[probe.target] ??= []);
      const read = probe.read;
      const start = event.timeStamp;
      const before = read();
      let frames = 0;
      const onFrame = () => {
        frames += 1;
        if (read() === before) {
          if (frames < 120) requestAnimationFrame(onFrame);
          else probe.missed += 1;
          return;
        }
        nextMacrotask(() => samples.push(performance.now() - start));
      };
      requestAnimationFrame(onFrame);
    },
    true,
  );
}

/** In the page: measure keys typed into § `itemIndex` (0-based) of the minutes. */
export function measureEditor(itemIndex) {
  const probe = window.benchLatencyProbe;
  probe.target = 'editor';
  probe.read = () => document.querySelectorAll('.ProseMirror section.agenda-item')[itemIndex]?.textContent ?? '';
}

/** In the page: add a plain textarea over the page (same document, same styles), focus it and measure it. */
export function measureTextarea() {
  const probe = window.benchLatencyProbe;
  let textarea = document.getElementById('bench-textarea');
  if (!textarea) {
    textarea = document.createElement('textarea');
    textarea.id = 'bench-textarea';
    Object.assign(textarea.style, {
      position: 'fixed',
      right: '16px',
      bottom: '16px',
      width: '420px',
      height: '160px',
      zIndex: '10000',
      font: 'inherit',
    });
    document.body.append(textarea);
  }
  textarea.focus();
  textarea.setSelectionRange(textarea.value.length, textarea.value.length);
  probe.target = 'textarea';
  probe.read = () => textarea.value;
}

/** In the page: stop measuring and hand over the samples. */
export function collectLatency() {
  const probe = window.benchLatencyProbe;
  probe.target = null;
  return { samples: probe.samples, missed: probe.missed };
}

/**
 * Installed before the page's own scripts (page.addInitScript): notes when the opened meeting is
 * editable with its last § on screen. "Ready" is checked at every animation frame; the time is
 * taken in the macrotask after the first ready frame, as for keystrokes.
 */
export function installOpenProbe(expectedItems) {
  const ready = () => {
    const editor = document.querySelector('.ProseMirror[contenteditable="true"]');
    if (!editor) return false;
    const titles = editor.querySelectorAll('section.agenda-item > h2.agenda-title');
    return titles.length === expectedItems && titles[titles.length - 1].hasAttribute('data-number');
  };
  window.benchWaitUntilOpen = () =>
    new Promise((resolve) => {
      const started = performance.now();
      const onFrame = () => {
        if (ready()) {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => resolve(performance.now());
          channel.port2.postMessage(null);
          return;
        }
        if (performance.now() - started > 30_000) resolve(Number.NaN);
        else requestAnimationFrame(onFrame);
      };
      requestAnimationFrame(onFrame);
    });
  if (/^#\/meeting\//.test(location.hash)) window.benchOpenedAt = window.benchWaitUntilOpen();
}

/**
 * Installed in the page (page.evaluate): measures a command by keyboard, Ctrl+Shift+B (a decision),
 * from the keydown event's timeStamp to the end of the first frame in which a new decision is in the
 * DOM and the caret is in its att-sats with the minutes focused — taken, as for keystrokes, in the
 * macrotask after that frame.
 */
export function installCommandProbe() {
  const probe = { samples: [], missed: 0 };
  window.benchCommandProbe = probe;
  const channel = new MessageChannel();
  const queue = [];
  channel.port1.onmessage = () => queue.shift()?.();
  window.addEventListener(
    'keydown',
    (event) => {
      if (!event.ctrlKey || !event.shiftKey || event.altKey || event.key.toLowerCase() !== 'b') return;
      const start = event.timeStamp;
      const before = new Set(document.querySelectorAll('.ProseMirror div.decision'));
      const ready = () => {
        const minutes = document.querySelector('.ProseMirror');
        if (!minutes || document.activeElement !== minutes) return false;
        const anchor = document.getSelection()?.anchorNode;
        const element = anchor instanceof Element ? anchor : anchor?.parentElement;
        const decision = element?.closest('div.decision');
        return !!decision && !before.has(decision) && !!element.closest('li.att-clause');
      };
      let frames = 0;
      const onFrame = () => {
        frames += 1;
        if (!ready()) {
          if (frames < 120) requestAnimationFrame(onFrame);
          else probe.missed += 1;
          return;
        }
        queue.push(() => probe.samples.push(performance.now() - start));
        channel.port2.postMessage(null);
      };
      requestAnimationFrame(onFrame);
    },
    true,
  );
}
