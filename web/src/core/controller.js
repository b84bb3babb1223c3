// The run controller: a chapter's state (its field table's values), the engine's checks of it, the
// trainer's lifecycle and the animation. It knows no panel: it reports through callbacks, and the
// mount (core/mount.js) turns them into panel calls.
import { createPlayer, rateFor } from './player.js';

const MAX_FALLBACK_TEXT = 60; // the longest value echoed back in a "using …" note

/**
 * createRunController({ engine, chapter, reducedMotion, on }) where `on` holds the callbacks:
 *   frame()                      redraw from the trainer (at most once per animation frame)
 *   stop(reason)                 the player stopped: 'done' at the target, 'paused'
 *   state(state, { changed, typed }) the state changed: `changed` fields were set (all on a load),
 *                                `typed` the ones the reader is typing in (their inputs keep the text)
 *   newRun(trainer, state)       a new trainer (new data, rate or start)
 *   restart()                    the trainer went back to epoch 0
 *   messages(byField)            field name -> message (or null to clear) for the fields named
 */
export function createRunController({ engine, chapter, reducedMotion, on }) {
  const { fields } = chapter;
  let state = { ...fields.defaults };
  let trainer = null;
  let seconds = 2; // a whole run's playing time at the chosen speed

  const player = createPlayer({
    train: (epochs) => trainer.train(epochs),
    epoch: () => trainer.epoch(),
    onFrame: () => on.frame(),
    onStop: (reason) => {
      on.frame();
      on.stop(reason);
    },
  });

  const check = (candidate) => chapter.validate(engine, candidate);
  const rate = (animate) => (animate ? rateFor(state.epochs, seconds) : Infinity);
  const animated = () => !reducedMotion.matches;

  function newTrainer() {
    player.pause();
    trainer?.delete();
    trainer = chapter.createRun(engine, state);
    on.newRun(trainer, state);
  }

  function restart() {
    player.pause();
    trainer.reset();
    on.restart();
  }

  function runFromStart({ animate }) {
    restart();
    on.frame();
    if (state.epochs > 0) player.play({ target: state.epochs, rate: rate(animate) });
  }

  /**
   * Apply `changes` to the state if the engine accepts them; returns whether it did. `typed`: the
   * fields the reader is typing in (their inputs keep the reader's text); `play`: train the new run.
   */
  function commit(changes, { typed = [], play = true } = {}) {
    const candidate = { ...state, ...changes };
    try {
      check(candidate);
    } catch (error) {
      on.messages({ [error.field ?? Object.keys(changes)[0]]: error.message });
      return false;
    }
    on.messages(Object.fromEntries(Object.keys(changes).map((name) => [name, null])));
    const previous = state;
    state = candidate;
    on.state(state, { changed: Object.keys(changes), typed });
    const restarts = fields.names.some(
      (name) => fields.spec(name).restarts && !fields.same(name, previous[name], state[name]),
    );
    if (restarts) {
      newTrainer();
      if (play) runFromStart({ animate: animated() });
      else {
        restart();
        on.frame();
      }
    } else if (previous.epochs !== state.epochs && play) {
      if (trainer.epoch() > state.epochs) runFromStart({ animate: animated() });
      else player.play({ target: state.epochs, rate: rate(animated()) });
    } else {
      on.frame();
    }
    return true;
  }

  /** The reader typed `text` into field `name`: adopt it if it parses and the engine accepts it. */
  function propose(name, text) {
    let value;
    try {
      value = fields.parse(name, text);
    } catch (error) {
      on.messages({ [name]: error.message });
      return false;
    }
    return commit({ [name]: value }, { typed: [name] });
  }

  // Replace each field the engine rejects by its default until the state passes; one message per
  // replaced field. A field rejected although it has its default goes back with its group
  // (chapter.fallback: labels that do not fit custom hours take the post's data back).
  function settle(next) {
    const current = { ...next };
    const errors = {};
    for (let attempt = 0; attempt <= fields.names.length + 1; attempt += 1) {
      try {
        check(current);
        return { state: current, errors };
      } catch (error) {
        const field = error.field;
        if (!field || !fields.has(field)) throw error;
        errors[field] ??= error.message;
        if (!fields.isDefault(field, current[field])) current[field] = fields.defaults[field];
        else {
          const fallback = chapter.fallback?.(field);
          if (!fallback) break;
          Object.assign(current, fallback.changes);
          for (const [name, message] of Object.entries(fallback.messages)) errors[name] ??= message;
        }
      }
    }
    return { state: { ...fields.defaults }, errors };
  }

  /**
   * Load a whole state (from the URL, the attributes, a file or a "back to the post" button); `errors`
   * are messages from reading it, about the `source` ('link', 'attributes', 'file') named in them.
   * Returns the messages shown, by field (non-field messages included, e.g. `panels`).
   */
  function load(next, errors = {}, source = 'link') {
    const settled = settle(next);
    state = settled.state;
    const raw = { ...errors, ...settled.errors };
    const explained = {};
    for (const name of fields.names) {
      if (!raw[name]) {
        explained[name] = null;
        continue;
      }
      const value = state[name] === undefined ? '' : fields.format(name, state[name]);
      const fallback = fields.isDefault(name, state[name]) ? `the default ${value}`.trim() : value;
      explained[name] = `${raw[name]} (from the ${source}; using ${fallback.slice(0, MAX_FALLBACK_TEXT)})`;
    }
    for (const [name, message] of Object.entries(raw)) explained[name] ??= message;
    on.messages(explained);
    on.state(state, { changed: fields.names, typed: [] });
    newTrainer();
    runFromStart({ animate: animated() });
    return explained;
  }

  return {
    state: () => ({ ...state }),
    trainer: () => trainer,
    playing: () => player.playing(),
    commit,
    propose,
    load,
    /** Throws the engine's message (an EngineError naming the field) unless `candidate` can be trained. */
    validate: check,
    play: () => player.play({ target: state.epochs, rate: rate(true) }),
    pause: () => player.pause(),
    /** Play, pause, or replay from epoch 0 when the run is done. */
    toggle() {
      if (player.playing()) player.pause();
      else if (trainer.epoch() >= state.epochs) runFromStart({ animate: true });
      else player.play({ target: state.epochs, rate: rate(true) });
    },
    trainBy(epochs) {
      player.pause();
      trainer.train(epochs);
      on.frame();
    },
    trainToTarget() {
      if (trainer.epoch() > state.epochs) runFromStart({ animate: false });
      else player.play({ target: state.epochs, rate: Infinity });
    },
    /** Back to epoch 0, paused. */
    reset() {
      restart();
      on.frame();
    },
    /** A whole run's playing time in seconds (0: as fast as the engine trains). */
    setSpeed(next) {
      seconds = next;
      if (player.playing()) player.play({ target: state.epochs, rate: rate(true) });
    },
    destroy() {
      player.pause();
      trainer?.delete();
      trainer = null;
    },
  };
}
