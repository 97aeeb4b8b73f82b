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
