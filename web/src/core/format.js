// Numbers as the post's Python prints them, so the CLI and the page show the same digits:
// f"{x:.4f}" (fixed), f"{x}" for a float (pythonFloat), and print(w) of a 1x1 NumPy array (numpyMatrix).

/**
 * A number as the page shows it, with `digits` decimals: never NaN or Infinity on screen ('—'), and
 * a value that rounds to zero (a loss a hair below 0, a gradient of -1e-9) reads 0.0000, not -0.0000.
 * (The CLI keeps `fixed`: Python's f"{x:.4f}" prints -0.0000, and the CLI matches it byte for byte.)
 */
export function shown(x, digits) {
  if (!Number.isFinite(x)) return '—';
  const text = fixed(x, digits);
  return /^-0\.?0*$/.test(text) ? text.slice(1) : text;
}

/**
 * "1234567.5" -> "1,234,567.5": commas between thousands, as en-US writes them, without Intl: the
 * first Intl.NumberFormat of a page costs 20-60 ms of loading ICU data, in the middle of the page's start.
 */
export function grouped(text) {
  const [whole, fraction] = String(text).split('.');
  const digits = whole.replace(/\d(?=(\d{3})+$)/g, '$&,');
  return fraction === undefined ? digits : `${digits}.${fraction}`;
}

/** 10000000 -> "10,000,000": counts of epochs, examples and points as the page writes them. */
export const count = (n) => grouped(Math.round(n));

/** A count with its word, singular for exactly one: "1 epoch", "5,000 epochs", "0 examples". */
export const counted = (n, word, many = `${word}s`) => `${count(n)} ${Math.round(n) === 1 ? word : many}`;

/**
 * `message` as a reader sees it: a leading internal name ("test: must be…", as the engine and the CLI
 * write it) becomes the field's visible label ("Hours to predict: must be…").
 */
export function labelled(message, name, label) {
  return message && label && message.startsWith(`${name}: `) ? `${label}: ${message.slice(name.length + 2)}` : message;
}

/** Hours as a sentence writes them, in the fewest of up to 2 decimals: 0.6, 2.45, 5, -0.5. */
export const hoursText = (x) => String(Number(shown(x, 2)));

/**
 * x with `digits` decimals, rounding the exact binary value half to even as Python does
 * (JS toFixed rounds exact ties up: (0.125).toFixed(2) is "0.13", Python gives "0.12").
 */
export function fixed(x, digits) {
  if (!Number.isFinite(x) || Math.abs(x) >= 1e21) return pythonFloat(x);
  const sign = x < 0 || Object.is(x, -0) ? '-' : '';
  const roundedUp = Math.abs(x).toFixed(digits); // toFixed rounds an exact tie away from zero
  const exact = Math.abs(x).toFixed(100); // the double's exact decimal expansion
  const cut = exact.indexOf('.') + 1 + digits;
  if (!/^50*$/.test(exact.slice(cut))) return sign + roundedUp;
  const roundedDown = exact.slice(0, digits === 0 ? cut - 1 : cut);
  return sign + (Number(roundedDown.at(-1)) % 2 === 0 ? roundedDown : roundedUp);
}

/** Python's repr of a float: "1.5", "6.0", "1e-05", "1e+16", "nan", "inf". */
export function pythonFloat(x) {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  const [mantissa, exponentText] = x.toExponential().split('e'); // shortest round-trip digits
  const exponent = Number(exponentText);
  const sign = x < 0 || Object.is(x, -0) ? '-' : '';
  const digits = mantissa.replace('-', '').replace('.', '');
  if (exponent >= -5 + 1 && exponent < 16) {
    // Positional, with at least one digit after the point.
    if (exponent < 0) return `${sign}0.${'0'.repeat(-exponent - 1)}${digits}`;
    const whole = digits.slice(0, exponent + 1).padEnd(exponent + 1, '0');
    const fraction = digits.slice(exponent + 1) || '0';
    return `${sign}${whole}.${fraction}`;
  }
  const shortMantissa = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
  const e = Math.abs(exponent) < 10 ? `0${Math.abs(exponent)}` : String(Math.abs(exponent));
  return `${sign}${shortMantissa}e${exponent < 0 ? '-' : '+'}${e}`;
}

/** How NumPy prints a 1x1 float array: "[[4.24834391]]", "[[5.]]", "[[1.e+10]]". */
export function numpyMatrix(x) {
  return `[[${numpyScalar(x)}]]`;
}

// NumPy's default array format: 8 significant decimals at most ("maxprec"), trailing zeros trimmed
// but the point kept; scientific when |x| >= 1e8 or 0 < |x| < 1e-4.
function numpyScalar(x) {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  const magnitude = Math.abs(x);
  if (magnitude !== 0 && (magnitude >= 1e8 || magnitude < 1e-4)) {
    const shortest = x.toExponential();
    const [mantissa, exponent] = (
      shortest.split('e')[0].replace('-', '').length - 2 > 8 ? x.toExponential(8) : shortest
    ).split('e');
    const trimmed = mantissa.includes('.') ? mantissa.replace(/0+$/, '') : `${mantissa}.`;
    const power = Number(exponent);
    return `${trimmed}e${power < 0 ? '-' : '+'}${String(Math.abs(power)).padStart(2, '0')}`;
  }
  const shortest = String(x);
  const decimals = shortest.includes('.') ? shortest.length - shortest.indexOf('.') - 1 : 0;
  const text = decimals > 8 ? fixed(x, 8) : x.toFixed(decimals);
  return text.includes('.') ? text.replace(/0+$/, '') : `${text}.`;
}

/** 1000000 -> "1e6" (as the engine's messages write it), 100 -> "100". */
export const limit = (x) => (x >= 1e6 && Number.isInteger(Math.log10(x)) ? `1e${Math.log10(x)}` : String(x));
