//! Benchmark data: a progress database with 10,000 item states and 1,000,000 reviews spread over
//! the two years before now, written through `Store::import` so the `daily` totals are filled too.
//!
//! `cargo run --release --example gen_db -- OUT.db [ITEMS] [REVIEWS]`
//!
//! Ids cycle through the shipped bank's ids, then `synthetic.N` up to ITEMS, so `study` and
//! `stats` see a realistic mix of known and unknown (retired) ids.

use std::path::PathBuf;
use std::time::{Instant, SystemTime, UNIX_EPOCH};

use awsdrill::content::{self, ContentSource};
use awsdrill::srs::{ItemState, Memory, Phase};
use awsdrill::store::{Mode, ReviewRecord, Store};

/// A tiny deterministic generator: the data must be the same on every run.
struct XorShift(u64);

impl XorShift {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

const DAY: i64 = 86_400;
const BATCH: usize = 100_000;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let out = PathBuf::from(args.next().ok_or("usage: gen_db OUT.db [ITEMS] [REVIEWS]")?);
    let items: usize = args.next().map_or(Ok(10_000), |a| a.parse())?;
    let reviews: usize = args.next().map_or(Ok(1_000_000), |a| a.parse())?;
    let now = SystemTime::now().duration_since(UNIX_EPOCH)?.as_secs() as i64;
    let start = now - 730 * DAY;

    let bank = content::load(&ContentSource::Embedded)?;
    let mut ids: Vec<String> = bank.items.iter().map(|i| i.id.clone()).take(items).collect();
    let real = ids.len();
    ids.extend((real..items).map(|n| format!("synthetic.{n}")));

    let _ = std::fs::remove_file(&out);
    let mut store = Store::open(&out)?;
    let mut rng = XorShift(0x9E37_79B9_7F4A_7C15);
    let timer = Instant::now();

    // Reviews in time order; each batch is one transaction.
    let mut batch = Vec::with_capacity(BATCH);
    for n in 0..reviews {
        let at = start + (n as i64 * 730 * DAY) / reviews as i64;
        let rating = match rng.below(100) {
            0..10 => 1,
            10..20 => 2,
            20..90 => 3,
            _ => 4,
        };
        let phase_before = if n < items { Phase::New } else { Phase::Review };
        batch.push(ReviewRecord {
            item_id: ids[n % items].clone(),
            reviewed_at_ms: at * 1000,
            day: (at - 4 * 3600).div_euclid(DAY),
            rating,
            mode: Mode::Study,
            phase_before,
            correct: Some(rating > 1),
            elapsed_days: rng.below(60) as u32,
            interval_days: rng.below(90) as u32,
            lang: Some("en".to_owned()),
            answer: None,
            variant_seed: None,
            duration_ms: Some(2_000 + rng.below(20_000)),
        });
        if batch.len() == BATCH {
            store.import(&batch, &[])?;
            batch.clear();
        }
    }
    store.import(&batch, &[])?;

    // Schedules: due from 30 days ago to 60 days ahead, so a realistic share is due today.
    let states: Vec<(String, ItemState)> = ids
        .iter()
        .map(|id| {
            let due = now - 30 * DAY + rng.below(90 * DAY as u64) as i64;
            let state = ItemState {
                phase: Phase::Review,
                step: 0,
                memory: Some(Memory { stability: 1.0 + rng.below(200) as f32, difficulty: 1.0 + rng.below(9) as f32 }),
                due,
                last_review: Some(due - 10 * DAY),
                reps: 100,
                lapses: rng.below(10) as u32,
                leech: rng.below(100) == 0,
                interval_days: 10,
            };
            (id.clone(), state)
        })
        .collect();
    store.import(&[], &states)?;
    eprintln!(
        "wrote {} ({} item states, {real} from the bank; {reviews} reviews) in {:.1}s",
        out.display(),
        states.len(),
        timer.elapsed().as_secs_f64()
    );
    Ok(())
}
