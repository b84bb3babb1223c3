// The hostile-input matrix, shared by every layer's robustness test (CLI flags, URL hash, page fields,
// <one-neuron> attributes): a field, the text a person might type or paste, and what the message
// must say. Typed layers (the WASM API, imported JSON, the C++ engine) have tables of their own
// built from the same cases. Every one of these must be refused with a message naming the field.
export const INJECTIONS = ['<img src=x onerror=window.pwned=1>', '"><script>window.pwned=1</script>'];

// Messages quote at most 12 characters of the bad text, as JSON (so quotes come out escaped).
const notANumber = (field, text) => new RegExp(`^${field}: ${escape(JSON.stringify(text.slice(0, 12)).slice(0, -1))}`);
function escape(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const lrRule = /^lr: must be a number greater than 0 and at most 100, got /;
const epochsRule = /^epochs: must be a whole number from 0 to 10000000, got /;
const seedRule = /^seed: must be a whole number from 0 to 4294967295, got /;

/** [field, text, message pattern] */
export const TEXT_CASES = [
  ['lr', '', /^lr: is empty; expected a number$/],
  ['lr', '   ', /^lr: is empty; expected a number$/],
  ['lr', 'abc', /^lr: "abc" is not a number$/],
  ['lr', 'NaN', /^lr: "NaN" is not a number$/],
  ['lr', 'Infinity', /^lr: "Infinity" is not a number$/],
  ['lr', '-Infinity', /^lr: "-Infinity" is not a number$/],
  ['lr', '0x10', /^lr: "0x10" is not a number$/],
  ['lr', '1e309', /^lr: "1e309" is too large$/],
  ['lr', '1e300', lrRule],
  ['lr', '0', lrRule],
  ['lr', '-0.1', lrRule],
  ['epochs', '2.5', epochsRule],
  ['epochs', '-1', epochsRule],
  ['epochs', '1e8', epochsRule],
  ['epochs', '1e-320', epochsRule],
  ['seed', '-1', seedRule],
  ['seed', '4294967296', seedRule],
  ['seed', '1.5', seedRule],
  ['seed', '1e300', seedRule],
  ['hours', '', /^hours: is empty; expected numbers separated by commas$/],
  ['hours', '1,,3,4,5', /^hours: value 2 is empty; expected a number$/],
  ['hours', '1,2,3,4,2e6', /^hours: value 5 is 2e\+06; each must be a finite number from -1e6 to 1e6$/],
  ['hours', '1,2,3,4,1e309', /^hours: value 5 "1e309" is too large$/],
  ['labels', '0,0,2,1,1', /^labels: value 3 is 2; each must be 0 \(fail\) or 1 \(pass\)$/],
  ['labels', '0,0,0.5,1,1', /^labels: value 3 is 0\.5; each must be 0 \(fail\) or 1 \(pass\)$/],
  ['labels', '0,1', /^labels: must have one label per hours value \(5\), got 2$/],
  ['test', 'x', /^test: value 1 "x" is not a number$/],
  ['test', '1,1e7', /^test: value 2 is 1e\+07; each must be a finite number from -1e6 to 1e6$/],
  ['w0', 'NaN', /^w0: "NaN" is not a number$/],
  ['w0', '2e6', /^w0: must be a finite number from -1e6 to 1e6, got 2e\+06$/],
  ['b0', '-1e309', /^b0: "-1e309" is too large$/],
  ...['lr', 'seed', 'hours'].flatMap((field) =>
    INJECTIONS.map((text) => [field, text, field === 'hours' ? /^hours: value 1 "/ : notANumber(field, text)]),
  ),
];

/** Lists of this many values are accepted wherever lists are (the engine allows 1,000,000). */
export const LONG_LIST_LENGTH = 100_000;
