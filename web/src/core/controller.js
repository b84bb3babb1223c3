// The run controller: a chapter's state (its field table's values), the engine's checks of it, the
// trainer's lifecycle and the animation. It knows no panel: it reports through callbacks, and the
// mount (core/mount.js) turns them into panel calls.
import { createPlayer, rateFor } from './player.js';
import { explain, problemsOf, settle } from './settle.js';

export { settle };

/**
 * new RunController({ engine, chapter, reducedMotion, on }) where `on` holds the callbacks:
 *   frame(soon)                      redraw from the trainer (at most once per animation frame); with
 *                                    `soon`, by the next animation frame, however many ask before it
 *   stop(reason)                     the player stopped: 'done' at the target, 'paused'
 *   state(state, { changed, typed, source? }) the state changed: `changed` fields were set (all on a
 *                                    load, which names its `source`), `typed` the ones the reader is
 *                                    typing in (their inputs keep the text)
 *   loaded(source, problems)         a load is settled (its messages and state follow); problems as
 *                                    problemsOf() gives them
 *   newRun(trainer, state)           a new trainer (new data, rate or start)
 *   restart()                        the trainer went back to epoch 0
 *   messages(byField, { replace })   field name -> message (or null to clear) for the fields named;
 *                                    `replace` (a load): these are all the messages there are
 */
export class RunController {
  #engine;
  #chapter;
  #reducedMotion;
  #on;
  #state;
  #trainer = null;
  #seconds = 2; // a whole run's playing time at the chosen speed
  #player;

  constructor({ engine, chapter, reducedMotion, on }) {
    this.#engine = engine;
    this.#chapter = chapter;
    this.#reducedMotion = reducedMotion;
    this.#on = on;
    this.#state = { ...chapter.fields.defaults };
    this.#player = createPlayer({
      train: (epochs) => this.#trainer.train(epochs),
      epoch: () => this.#trainer.epoch(),
      onFrame: () => on.frame(),
      onStop: (reason) => {
        if (reason !== 'done') on.frame(); // a 'done' frame has just been drawn, not playing
        on.stop(reason);
      },
    });
  }

  /** The current state (a copy). */
  state() {
    return { ...this.#state };
  }

  /** The current trainer: read it, never keep it (a new run replaces it). */
  trainer() {
    return this.#trainer;
  }

  playing() {
    return this.#player.playing();
  }

  /** Throws the engine's message (an error naming the field) unless `candidate` can be trained. */
  validate(candidate) {
    this.#chapter.validate(this.#engine, candidate);
  }

  /**
   * Apply `changes` to the state if the engine accepts them; returns whether it did. `typed`: the
   * fields the reader is typing in (their inputs keep the reader's text); `play`: train the new run.
   */
  commit(asked, { typed = [], play = true } = {}) {
    const { fields, amend } = this.#chapter;
    // A chapter may add the changes that follow from these (chapter 2: a new layer drops its given start).
    const changes = amend?.(asked, this.#state) ?? asked;
    const candidate = { ...this.#state, ...changes };
    try {
      this.validate(candidate);
    } catch (error) {
      this.#on.messages({ [error.field ?? Object.keys(changes)[0]]: error.message });
      return false;
    }
    this.#on.messages(Object.fromEntries(Object.keys(changes).map((name) => [name, null])));
    const previous = this.#state;
    this.#state = candidate;
    this.#on.state(candidate, { changed: Object.keys(changes), typed });
    const differs = (name) => !fields.same(name, previous[name], candidate[name]);
    if (fields.names.some((name) => fields.spec(name).restarts && differs(name))) {
      this.#newTrainer();
      if (play) this.#runFromStart(this.#animated());
      else this.reset();
    } else if (previous.epochs !== candidate.epochs && play) {
      if (this.#trainer.epoch() > candidate.epochs) this.#runFromStart(this.#animated());
      else this.#playTo(this.#animated());
    } else {
      this.#on.frame();
    }
    return true;
  }

  /** The reader typed `text` into field `name`: adopt it if it parses and the engine accepts it. */
  propose(name, text) {
    let value;
    try {
      value = this.#chapter.fields.parse(name, text);
    } catch (error) {
      this.#on.messages({ [name]: error.message });
      return false;
    }
    return this.commit({ [name]: value }, { typed: [name] });
  }

  /**
   * Load a whole state (from the URL, the attributes, a file or a "back to the post" button); `errors`
   * are messages from reading it, about the `source` ('link', 'attributes', 'file') named in them.
   */
  load(next, errors = {}, source = 'link') {
    const { fields, fallback } = this.#chapter;
    const settled = settle(next, { fields, check: (state) => this.validate(state), fallback });
    this.#state = settled.state;
    const raw = { ...errors, ...settled.errors };
    this.#on.loaded?.(source, problemsOf(raw, settled.state, fields));
    this.#on.messages(explain(raw, settled.state, fields, source), { replace: true });
    this.#on.state(this.state(), { changed: fields.names, typed: [], source });
    this.#newTrainer();
    this.#restart();
    // The player's first frame draws the new run: loads in a row (attributes, links) draw it once.
    if (this.#state.epochs > 0) this.#playTo(this.#animated());
    this.#on.frame(this.#state.epochs > 0);
  }

  play() {
    this.#playTo(true);
  }

  pause() {
    this.#player.pause();
  }

  /** Play, pause, or replay from epoch 0 when the run is done. */
  toggle() {
    if (this.#player.playing()) this.#player.pause();
    else if (this.#trainer.epoch() >= this.#state.epochs) this.#runFromStart(true);
    else this.#playTo(true);
  }

  trainBy(epochs) {
    this.#player.pause();
    this.#trainer.train(epochs);
    this.#on.frame();
  }

  trainToTarget() {
    if (this.#trainer.epoch() > this.#state.epochs) this.#runFromStart(false);
    else this.#playTo(false);
  }

  /** Back to epoch 0, paused. */
  reset() {
    this.#restart();
    this.#on.frame();
  }

  /** A whole run's playing time in seconds (0: as fast as the engine trains). */
  setSpeed(seconds) {
    this.#seconds = seconds;
    if (this.#player.playing()) this.#playTo(true);
  }

  destroy() {
    this.#player.pause();
    this.#trainer?.delete();
    this.#trainer = null;
  }

  #animated() {
    return !this.#reducedMotion.matches;
  }

  // Train up to the target, over the chosen speed's seconds or (not animated) as fast as it can.
  #playTo(animate) {
    const rate = animate ? rateFor(this.#state.epochs, this.#seconds) : Infinity;
    this.#player.play({ target: this.#state.epochs, rate });
  }

  // (The player stops quietly here and in #restart: what follows draws the new run.)
  #newTrainer() {
    this.#player.pause({ quiet: true });
    this.#trainer?.delete();
    this.#trainer = this.#chapter.createRun(this.#engine, this.#state);
    this.#on.newRun(this.#trainer, this.state());
  }

  #restart() {
    this.#player.pause({ quiet: true });
    this.#trainer.reset();
    this.#on.restart();
  }

  #runFromStart(animate) {
    this.#restart();
    this.#on.frame();
    if (this.#state.epochs > 0) this.#playTo(animate);
  }
}
