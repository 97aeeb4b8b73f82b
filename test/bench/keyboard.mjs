// Key presses sent straight through the Chrome DevTools Protocol, as a Swedish keyboard sends them:
// every character, å, ä and ö included, arrives as keydown → keypress/beforeinput → input → keyup.

const namedKeys = {
  ' ': { code: 'Space', keyCode: 32 },
  '.': { code: 'Period', keyCode: 190 },
  ',': { code: 'Comma', keyCode: 188 },
  å: { code: 'BracketLeft', keyCode: 221 },
  ä: { code: 'Quote', keyCode: 222 },
  ö: { code: 'Semicolon', keyCode: 192 },
};

function describeKey(char) {
  const lower = char.toLowerCase();
  const shift = char !== lower;
  const named = namedKeys[lower];
  if (named) return { ...named, shift };
  if (/^[a-z]$/.test(lower)) return { code: `Key${lower.toUpperCase()}`, keyCode: lower.toUpperCase().charCodeAt(0), shift };
  if (/^[0-9]$/.test(char)) return { code: `Digit${char}`, keyCode: char.charCodeAt(0), shift: false };
  throw new Error(`no key for ${JSON.stringify(char)}`);
}

/** Presses and releases the key that types `char`; resolves when the page has handled both. */
export async function pressKey(cdp, char) {
  const key = describeKey(char);
  const common = {
    key: char,
    code: key.code,
    windowsVirtualKeyCode: key.keyCode,
    nativeVirtualKeyCode: key.keyCode,
    modifiers: key.shift ? 8 : 0,
  };
  await cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', text: char, unmodifiedText: char.toLowerCase(), ...common });
  await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...common });
}

/**
 * Human-like pauses between keys: 90–160 ms, longer after a full stop or a comma, and now and
 * then a longer hesitation, all from the seeded `random`.
 */
export function humanDelayMs(random, char) {
  let delay = 90 + random() * 70;
  if (char === '.') delay += 350 + random() * 250;
  else if (char === ',') delay += 120 + random() * 120;
  else if (char === ' ' && random() < 0.08) delay += 200 + random() * 300;
  return delay;
}

const modifierBits = { Alt: 1, Control: 2, Meta: 4, Shift: 8 };
const specialKeys = {
  Enter: { code: 'Enter', keyCode: 13, text: '\r' },
  Backspace: { code: 'Backspace', keyCode: 8 },
};

/**
 * Presses a shortcut or a named key ("Control+Shift+B", "Enter", "Backspace") and releases it;
 * resolves when the page has handled both events.
 */
export async function pressShortcut(cdp, shortcut) {
  const parts = shortcut.split('+');
  const name = parts.pop();
  const modifiers = parts.reduce((bits, part) => bits | modifierBits[part], 0);
  const special = specialKeys[name];
  const key = special
    ? { key: name, code: special.code, windowsVirtualKeyCode: special.keyCode }
    : { key: name, code: `Key${name.toUpperCase()}`, windowsVirtualKeyCode: name.toUpperCase().charCodeAt(0) };
  const common = { ...key, nativeVirtualKeyCode: key.windowsVirtualKeyCode, modifiers };
  const text = special?.text && modifiers === 0 ? { text: special.text, unmodifiedText: special.text } : {};
  await cdp.send('Input.dispatchKeyEvent', { type: text.text ? 'keyDown' : 'rawKeyDown', ...common, ...text });
  await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...common });
}

/** Types `text` key by key at the human pace of `humanDelayMs`, counting the time a key took against its pause. */
export async function typeHumanly(cdp, text, random) {
  for (const char of text) {
    const started = performance.now();
    await pressKey(cdp, char);
    const wait = humanDelayMs(random, char) - (performance.now() - started);
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  }
}
