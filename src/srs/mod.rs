//! Spaced repetition: FSRS-6 memory from the `fsrs` crate, and our own state machine on top
//! (learning and relearning steps, seeded fuzz, leeches, an optional cap for exam-date mode).
//! Pure: time comes in as Unix seconds, randomness as a seed.

mod day;
mod fuzz;
mod record;
pub mod replay;

use fsrs::{FSRS, MemoryState};
use serde::Serialize;

pub use day::{DAY_STARTS_AT_HOUR, DayTotals, day_of, day_start, streak};
pub use fuzz::{fuzz_range, fuzzed_interval};
pub use record::{Mode, ReviewRecord};

/// Seconds in a day.
pub const DAY: i64 = 86_400;

/// Where an item is in its life.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Phase {
    /// Never reviewed.
    New,
    /// Seen, still on the learning steps.
    Learning,
    /// Graduated; scheduled in days.
    Review,
    /// Forgotten after graduating; on the relearning steps.
    Relearning,
}

impl Phase {
    /// Stored as a small integer (Anki's card types use the same numbers).
    pub fn code(self) -> i64 {
        match self {
            Phase::New => 0,
            Phase::Learning => 1,
            Phase::Review => 2,
            Phase::Relearning => 3,
        }
    }

    /// Inverse of `code`.
    pub fn from_code(code: i64) -> Option<Phase> {
        match code {
            0 => Some(Phase::New),
            1 => Some(Phase::Learning),
            2 => Some(Phase::Review),
            3 => Some(Phase::Relearning),
            _ => None,
        }
    }

    /// `new`, `learning`, `review` or `relearning`.
    pub fn name(self) -> &'static str {
        match self {
            Phase::New => "new",
            Phase::Learning => "learning",
            Phase::Review => "review",
            Phase::Relearning => "relearning",
        }
    }
}

/// The four answer buttons.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Rating {
    /// Forgot.
    Again = 1,
    /// Recalled with difficulty.
    Hard = 2,
    /// Recalled.
    Good = 3,
    /// Recalled effortlessly.
    Easy = 4,
}

impl Rating {
    /// All ratings, Again first.
    pub const ALL: [Rating; 4] = [Rating::Again, Rating::Hard, Rating::Good, Rating::Easy];

    /// 1–4.
    pub fn value(self) -> u32 {
        self as u32
    }

    /// From 1–4.
    pub fn from_value(value: i64) -> Option<Rating> {
        Rating::ALL.into_iter().find(|r| i64::from(r.value()) == value)
    }
}

/// FSRS memory: stability in days, difficulty 1–10.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Memory {
    /// Days until recall probability falls to 90 %.
    pub stability: f32,
    /// 1 (easy) to 10 (hard).
    pub difficulty: f32,
}

impl From<MemoryState> for Memory {
    fn from(m: MemoryState) -> Self {
        Memory { stability: m.stability, difficulty: m.difficulty }
    }
}

impl From<Memory> for MemoryState {
    fn from(m: Memory) -> Self {
        MemoryState { stability: m.stability, difficulty: m.difficulty }
    }
}

/// The schedule of one item.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ItemState {
    /// Life phase.
    pub phase: Phase,
    /// Index into the (re)learning steps while on them.
    pub step: u32,
    /// FSRS memory; `None` until the first review.
    pub memory: Option<Memory>,
    /// When it is next due (Unix seconds).
    pub due: i64,
    /// When it was last reviewed (Unix seconds).
    pub last_review: Option<i64>,
    /// Reviews so far (cram reviews excluded).
    pub reps: u32,
    /// Times forgotten: Again on a learning step or in review (not the first sight, not relearning).
    pub lapses: u32,
    /// Forgotten so often it needs attention.
    pub leech: bool,
    /// The interval last scheduled, in days (0 while on steps).
    pub interval_days: u32,
}

impl ItemState {
    /// A never-seen item.
    pub fn new_item() -> Self {
        ItemState {
            phase: Phase::New,
            step: 0,
            memory: None,
            due: 0,
            last_review: None,
            reps: 0,
            lapses: 0,
            leech: false,
            interval_days: 0,
        }
    }
}

/// Scheduler settings; defaults follow Anki and the FSRS reference scheduler.
#[derive(Debug, Clone, PartialEq)]
pub struct Config {
    /// Target recall probability at the due date.
    pub desired_retention: f32,
    /// Learning steps in seconds (default 1 min, 10 min).
    pub learning_steps: Vec<i64>,
    /// Relearning steps in seconds (default 10 min).
    pub relearning_steps: Vec<i64>,
    /// Longest interval in days.
    pub maximum_interval: u32,
    /// New items introduced per day.
    pub new_per_day: u32,
    /// Review-phase items per day.
    pub reviews_per_day: u32,
    /// Lapses that make an item a leech.
    pub leech_threshold: u32,
    /// Spread review intervals a little so items do not clump.
    pub fuzz: bool,
    /// The 21 FSRS-6 parameters.
    pub parameters: Vec<f32>,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            desired_retention: 0.9,
            learning_steps: vec![60, 600],
            relearning_steps: vec![600],
            maximum_interval: 36_500,
            new_per_day: 20,
            reviews_per_day: 200,
            leech_threshold: 8,
            fuzz: true,
            parameters: fsrs::DEFAULT_PARAMETERS.to_vec(),
        }
    }
}

/// Scheduler errors.
#[derive(Debug, thiserror::Error)]
pub enum SrsError {
    /// Parameters or retention out of range.
    #[error("invalid scheduler settings: {0}")]
    Config(String),
}

/// The result of one review.
#[derive(Debug, Clone, PartialEq)]
pub struct Reviewed {
    /// The new schedule.
    pub state: ItemState,
    /// Whole days since the previous review (0 for a first review).
    pub elapsed_days: u32,
    /// True when this lapse made (or kept) the item a leech, so the learner is warned.
    pub leech_warning: bool,
}

/// Computes schedules.
pub struct Scheduler {
    config: Config,
    fsrs: FSRS,
    decay: f32,
}

impl std::fmt::Debug for Scheduler {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Scheduler").field("config", &self.config).finish_non_exhaustive()
    }
}

impl Scheduler {
    /// A scheduler for `config`.
    pub fn new(config: Config) -> Result<Self, SrsError> {
        if !(0.7..=0.99).contains(&config.desired_retention) {
            return Err(SrsError::Config(format!(
                "desired retention {} is outside 0.70–0.99",
                config.desired_retention
            )));
        }
        let filled =
            fsrs::check_and_fill_parameters(&config.parameters).map_err(|e| SrsError::Config(e.to_string()))?;
        let decay = filled[20];
        let fsrs = FSRS::new(&filled).map_err(|e| SrsError::Config(e.to_string()))?;
        Ok(Scheduler { config, fsrs, decay })
    }

    /// The settings in use.
    pub fn config(&self) -> &Config {
        &self.config
    }

    /// Probability of recall at time `at` (0 for an item never reviewed).
    pub fn retrievability(&self, state: &ItemState, at: i64) -> f64 {
        match (state.memory, state.last_review) {
            (Some(memory), Some(last)) => {
                let days = ((at - last).max(0) as f64 / DAY as f64) as f32;
                f64::from(fsrs::current_retrievability(memory.into(), days, self.decay))
            }
            _ => 0.0,
        }
    }

    /// Applies one review at `now`. `seed` makes the fuzz reproducible; `cap` (exam-date mode)
    /// keeps the next due date on or before it.
    pub fn review(&self, state: &ItemState, rating: Rating, now: i64, seed: u64, cap: Option<i64>) -> Reviewed {
        let elapsed_days = state.last_review.map_or(0, |last| ((now - last).max(0) / DAY) as u32);
        let next =
            self.fsrs.next_states(state.memory.map(Into::into), self.config.desired_retention, elapsed_days).ok();
        let chosen = next.map(|n| match rating {
            Rating::Again => n.again,
            Rating::Hard => n.hard,
            Rating::Good => n.good,
            Rating::Easy => n.easy,
        });
        // `next_states` only fails on non-finite input; keep the old memory rather than corrupt it.
        let memory = chosen.as_ref().map(|c| Memory::from(c.memory)).or(state.memory);
        let interval = chosen.as_ref().map_or(1.0, |c| f64::from(c.interval));

        let mut out = ItemState { memory, last_review: Some(now), reps: state.reps + 1, ..state.clone() };
        let mut leech_warning = false;
        match state.phase {
            Phase::New | Phase::Learning => {
                if state.phase == Phase::Learning && rating == Rating::Again {
                    // Anki counts lapses only after graduation, so an item never once recalled
                    // (wrong 10 times in 10) stayed at 0 lapses and was never a leech. A failed
                    // learning step is a forgetting too.
                    out.lapses += 1;
                    leech_warning = self.is_leech_lapse(out.lapses);
                    out.leech |= leech_warning;
                }
                self.on_steps(
                    &mut out,
                    state.step,
                    rating,
                    now,
                    interval,
                    &self.config.learning_steps,
                    Phase::Learning,
                    seed,
                );
            }
            Phase::Relearning => {
                self.on_steps(
                    &mut out,
                    state.step,
                    rating,
                    now,
                    interval,
                    &self.config.relearning_steps,
                    Phase::Relearning,
                    seed,
                );
            }
            Phase::Review => {
                if rating == Rating::Again {
                    out.lapses += 1;
                    leech_warning = self.is_leech_lapse(out.lapses);
                    out.leech |= leech_warning;
                    if let Some(&first) = self.config.relearning_steps.first() {
                        out.phase = Phase::Relearning;
                        out.step = 0;
                        out.interval_days = 0;
                        out.due = now + first;
                    } else {
                        self.graduate(&mut out, now, interval, seed);
                    }
                } else {
                    self.graduate(&mut out, now, interval, seed);
                }
            }
        }
        if let Some(cap) = cap
            && out.due > cap
        {
            out.due = cap.max(now);
        }
        Reviewed { state: out, elapsed_days, leech_warning }
    }

    fn is_leech_lapse(&self, lapses: u32) -> bool {
        let threshold = self.config.leech_threshold;
        if threshold == 0 || lapses < threshold {
            return false;
        }
        // Anki warns at the threshold, then every half-threshold after it.
        (lapses - threshold).is_multiple_of((threshold / 2).max(1))
    }

    #[allow(clippy::too_many_arguments)]
    fn on_steps(
        &self,
        out: &mut ItemState,
        step: u32,
        rating: Rating,
        now: i64,
        interval: f64,
        steps: &[i64],
        phase: Phase,
        seed: u64,
    ) {
        let step = step as usize;
        let delay = match rating {
            _ if steps.is_empty() => None,
            Rating::Again => Some((0, steps[0])),
            Rating::Hard if step == 0 => {
                let delay = match steps {
                    [only] => only * 3 / 2,
                    [first, second, ..] => (first + second) / 2,
                    [] => 0,
                };
                Some((0, delay))
            }
            Rating::Hard => Some((step, steps[step.min(steps.len() - 1)])),
            Rating::Good if step + 1 < steps.len() => Some((step + 1, steps[step + 1])),
            Rating::Good | Rating::Easy => None,
        };
        match delay {
            Some((next_step, seconds)) => {
                out.phase = phase;
                out.step = next_step as u32;
                out.interval_days = 0;
                out.due = now + seconds;
            }
            None => self.graduate(out, now, interval, seed),
        }
    }

    fn graduate(&self, out: &mut ItemState, now: i64, interval: f64, seed: u64) {
        let maximum = self.config.maximum_interval.max(1);
        let days = if self.config.fuzz {
            fuzzed_interval(interval, maximum, seed)
        } else {
            (interval.round() as u32).clamp(1, maximum)
        };
        out.phase = Phase::Review;
        out.step = 0;
        out.interval_days = days;
        out.due = now + i64::from(days) * DAY;
    }
}

#[cfg(test)]
mod tests;
