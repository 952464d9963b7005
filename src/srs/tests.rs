use super::*;

const NOW: i64 = 1_800_000_000;

fn scheduler(fuzz: bool) -> Scheduler {
    Scheduler::new(Config { fuzz, ..Config::default() }).unwrap()
}

#[test]
fn anki_fuzz_ranges() {
    assert_eq!(fuzz_range(7.0, 36_500), (5, 9));
    assert_eq!(fuzz_range(17.0, 36_500), (14, 20));
    assert_eq!(fuzz_range(37.0, 36_500), (33, 41));
    assert_eq!(fuzz_range(2.0, 36_500), (2, 2));
    assert_eq!(fuzz_range(100.0, 50), (50, 50));
}

#[test]
fn fuzz_is_seeded_and_in_range() {
    for seed in 0..200 {
        let days = fuzzed_interval(17.0, 36_500, seed);
        assert!((14..=20).contains(&days));
        assert_eq!(days, fuzzed_interval(17.0, 36_500, seed));
    }
    let spread: std::collections::HashSet<_> = (0..200).map(|s| fuzzed_interval(17.0, 36_500, s)).collect();
    assert!(spread.len() > 3, "fuzz should vary with the seed");
}

#[test]
fn new_item_walks_the_learning_steps() {
    let s = scheduler(false);
    let new = ItemState::new_item();
    let again = s.review(&new, Rating::Again, NOW, 1, None).state;
    assert_eq!((again.phase, again.step, again.due), (Phase::Learning, 0, NOW + 60));
    let hard = s.review(&new, Rating::Hard, NOW, 1, None).state;
    assert_eq!(hard.due, NOW + 330, "Hard on the first step waits the mean of the first two steps");
    let good = s.review(&new, Rating::Good, NOW, 1, None).state;
    assert_eq!((good.phase, good.step, good.due), (Phase::Learning, 1, NOW + 600));
    let graduated = s.review(&good, Rating::Good, NOW + 600, 1, None).state;
    assert_eq!(graduated.phase, Phase::Review);
    assert!(graduated.interval_days >= 1);
    assert_eq!(graduated.reps, 2);
}

#[test]
fn easy_graduates_at_once_with_fsrs_initial_stability() {
    let s = scheduler(false);
    let easy = s.review(&ItemState::new_item(), Rating::Easy, NOW, 1, None).state;
    assert_eq!(easy.phase, Phase::Review);
    let memory = easy.memory.unwrap();
    assert!((memory.stability - 8.2956).abs() < 1e-3, "S0(Easy) = w3");
    assert_eq!(easy.interval_days, 8, "at 90 % retention the interval equals the stability");
    assert_eq!(easy.due, NOW + 8 * DAY);
}

#[test]
fn a_lapse_goes_to_relearning_and_counts() {
    let s = scheduler(false);
    let review = s.review(&ItemState::new_item(), Rating::Easy, NOW, 1, None).state;
    let later = review.due;
    let lapsed = s.review(&review, Rating::Again, later, 1, None);
    assert_eq!(lapsed.state.phase, Phase::Relearning);
    assert_eq!(lapsed.state.lapses, 1);
    assert_eq!(lapsed.state.due, later + 600);
    assert_eq!(lapsed.elapsed_days, 8);
    assert!(lapsed.state.memory.unwrap().stability < review.memory.unwrap().stability);
    let back = s.review(&lapsed.state, Rating::Good, later + 600, 1, None).state;
    assert_eq!(back.phase, Phase::Review);
}

#[test]
fn leeches_are_flagged_at_eight_lapses_then_every_four() {
    let s = scheduler(false);
    let mut state = s.review(&ItemState::new_item(), Rating::Easy, NOW, 1, None).state;
    let mut warnings = Vec::new();
    let mut now = NOW;
    for _ in 0..16 {
        now = state.due.max(now) + DAY;
        // Put it back in review, then forget it.
        state.phase = Phase::Review;
        let r = s.review(&state, Rating::Again, now, 1, None);
        if r.leech_warning {
            warnings.push(r.state.lapses);
        }
        state = r.state;
    }
    assert_eq!(warnings, vec![8, 12, 16]);
    assert!(state.leech);
}

#[test]
fn cap_keeps_the_due_date_before_the_exam() {
    let s = scheduler(false);
    let exam = NOW + 3 * DAY;
    let easy = s.review(&ItemState::new_item(), Rating::Easy, NOW, 1, Some(exam)).state;
    assert_eq!(easy.due, exam);
}

#[test]
fn schedules_reproduce_with_the_same_seed() {
    let s = scheduler(true);
    let a = s.review(&ItemState::new_item(), Rating::Easy, NOW, 42, None);
    let b = s.review(&ItemState::new_item(), Rating::Easy, NOW, 42, None);
    assert_eq!(a, b);
}

#[test]
fn retrievability_is_ninety_percent_at_stability() {
    let s = scheduler(false);
    let easy = s.review(&ItemState::new_item(), Rating::Easy, NOW, 1, None).state;
    let stability = f64::from(easy.memory.unwrap().stability);
    let at = NOW + (stability * DAY as f64) as i64;
    assert!((s.retrievability(&easy, at) - 0.9).abs() < 0.01);
    assert!(s.retrievability(&ItemState::new_item(), NOW).abs() < f64::EPSILON);
}

#[test]
fn bad_retention_is_refused() {
    assert!(Scheduler::new(Config { desired_retention: 0.5, ..Config::default() }).is_err());
}

#[test]
fn an_item_never_once_recalled_becomes_a_leech() {
    // Wrong 10 times in 10 never graduates, so lapses counted only in review stayed 0 ("Leeches 0").
    let s = scheduler(false);
    let mut state = ItemState::new_item();
    let mut warnings = Vec::new();
    let mut now = NOW;
    for _ in 0..10 {
        let r = s.review(&state, Rating::Again, now, 1, None);
        if r.leech_warning {
            warnings.push(r.state.lapses);
        }
        state = r.state;
        now += DAY;
    }
    assert_eq!(state.phase, Phase::Learning);
    assert_eq!(state.lapses, 9, "the first sight is not a lapse; the nine after it are");
    assert_eq!(warnings, vec![8]);
    assert!(state.leech);
}
