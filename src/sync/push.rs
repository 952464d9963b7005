//! Sending what the server lacks. Each batch is one server transaction, marked locally only after
//! it committed: a sync killed between the two re-sends that batch next time, and the server's
//! primary keys (device, local id, time) make the second copy a no-op.

use postgres::Client;

use super::{SyncError, server_err};
use crate::cohort::export::ExamDomain;
use crate::store::{Store, SyncConfig, sync_fingerprint};

/// What one sync sent.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct Pushed {
    /// Reviews new to the server.
    pub reviews: u64,
    /// Reviews sent that the server already had (a resumed sync).
    pub already: u64,
    /// Mock exams.
    pub exams: u64,
    /// Quiz attempts.
    pub quizzes: u64,
    /// Item schedules sent.
    pub items: u64,
    /// Rows removed from the server because they were deleted here.
    pub removed: u64,
}

/// The learner's goal, as sent: exam code and date.
pub type GoalRow = Option<(String, String)>;

/// Pushes everything pending, in batches of `batch` rows.
pub fn push(
    store: &mut Store,
    client: &mut Client,
    cfg: &SyncConfig,
    goal: &GoalRow,
    now: i64,
    batch: usize,
) -> Result<Pushed, SyncError> {
    let batch = batch.max(1);
    let mut done = Pushed::default();
    let (exam, date) = goal.clone().unzip();
    client
        .execute(
            "INSERT INTO awsdrill.learner (cohort, learner, goal_exam, goal_date, synced_at) VALUES ($1, $2, $3, $4, $5)
             ON CONFLICT (cohort, learner) DO UPDATE SET goal_exam = excluded.goal_exam, goal_date = excluded.goal_date,
                synced_at = excluded.synced_at",
            &[&cfg.cohort, &cfg.learner, &exam, &date, &now],
        )
        .map_err(|e| server_err(&e))?;
    push_reviews(store, client, cfg, batch, &mut done)?;
    push_items(store, client, cfg, batch, &mut done)?;
    push_attempts(store, client, cfg, &mut done)?;
    Ok(done)
}

fn push_reviews(
    store: &mut Store,
    client: &mut Client,
    cfg: &SyncConfig,
    batch: usize,
    done: &mut Pushed,
) -> Result<(), SyncError> {
    let insert = client
        .prepare(
            "INSERT INTO awsdrill.review (cohort, learner, device, local_id, reviewed_at, item_id, day, rating, mode,
                phase_before, correct, elapsed_days, interval_days, lang, answer, variant_seed, duration_ms)
             SELECT $1, $2, $3, * FROM unnest($4::bigint[], $5::bigint[], $6::text[], $7::bigint[], $8::smallint[],
                $9::text[], $10::smallint[], $11::bool[], $12::bigint[], $13::bigint[], $14::text[], $15::text[],
                $16::bigint[], $17::bigint[])
             ON CONFLICT DO NOTHING",
        )
        .map_err(|e| server_err(&e))?;
    loop {
        let rows = store.sync_pending_reviews(batch)?;
        if rows.is_empty() {
            break;
        }
        let col = |f: &dyn Fn(&crate::store::PendingReview) -> i64| rows.iter().map(f).collect::<Vec<i64>>();
        let small =
            |f: &dyn Fn(&crate::store::PendingReview) -> i64| rows.iter().map(|r| f(r) as i16).collect::<Vec<i16>>();
        let ids = col(&|r| r.local_id);
        let at = col(&|r| r.reviewed_at);
        let items: Vec<&str> = rows.iter().map(|r| r.item_id.as_str()).collect();
        let day = col(&|r| r.day);
        let rating = small(&|r| r.rating);
        let mode: Vec<&str> = rows.iter().map(|r| r.mode.as_str()).collect();
        let phase = small(&|r| r.phase_before);
        let correct: Vec<Option<bool>> = rows.iter().map(|r| r.correct).collect();
        let elapsed = col(&|r| r.elapsed_days);
        let interval = col(&|r| r.interval_days);
        let lang: Vec<Option<&str>> = rows.iter().map(|r| r.lang.as_deref()).collect();
        let answer: Vec<Option<&str>> = rows.iter().map(|r| r.answer.as_deref()).collect();
        let seed: Vec<Option<i64>> = rows.iter().map(|r| r.variant_seed).collect();
        let duration: Vec<Option<i64>> = rows.iter().map(|r| r.duration_ms).collect();
        let added = client
            .execute(
                &insert,
                &[
                    &cfg.cohort,
                    &cfg.learner,
                    &cfg.device,
                    &ids,
                    &at,
                    &items,
                    &day,
                    &rating,
                    &mode,
                    &phase,
                    &correct,
                    &elapsed,
                    &interval,
                    &lang,
                    &answer,
                    &seed,
                    &duration,
                ],
            )
            .map_err(|e| server_err(&e))?;
        done.reviews += added;
        done.already += rows.len() as u64 - added;
        let marks: Vec<(i64, i64)> = ids.into_iter().zip(at).collect();
        store.sync_mark("review", &marks, true)?;
    }
    let vanished = store.sync_vanished_reviews()?;
    if !vanished.is_empty() {
        let (ids, at): (Vec<i64>, Vec<i64>) = vanished.iter().copied().unzip();
        done.removed += client
            .execute(
                "DELETE FROM awsdrill.review WHERE cohort = $1 AND learner = $2 AND device = $3
                   AND (local_id, reviewed_at) IN (SELECT * FROM unnest($4::bigint[], $5::bigint[]))",
                &[&cfg.cohort, &cfg.learner, &cfg.device, &ids, &at],
            )
            .map_err(|e| server_err(&e))?;
        store.sync_mark("review", &vanished, false)?;
    }
    Ok(())
}

fn push_items(
    store: &mut Store,
    client: &mut Client,
    cfg: &SyncConfig,
    batch: usize,
    done: &mut Pushed,
) -> Result<(), SyncError> {
    let pushed = store.sync_item_fingerprints()?;
    let states = store.states()?;
    let mut changed: Vec<(String, crate::srs::ItemState, String)> = states
        .iter()
        .filter_map(|(id, s)| {
            let fp = sync_fingerprint(s);
            (pushed.get(id) != Some(&fp)).then(|| (id.clone(), s.clone(), fp))
        })
        .collect();
    changed.sort_by(|a, b| a.0.cmp(&b.0));
    let upsert = client
        .prepare(
            "INSERT INTO awsdrill.item_state (cohort, learner, item_id, phase, stability, difficulty, due, last_review, reps, lapses, leech)
             SELECT $1, $2, * FROM unnest($3::text[], $4::text[], $5::float8[], $6::float8[], $7::bigint[], $8::bigint[],
                $9::bigint[], $10::bigint[], $11::bool[])
             ON CONFLICT (cohort, learner, item_id) DO UPDATE SET phase = excluded.phase, stability = excluded.stability,
                difficulty = excluded.difficulty, due = excluded.due, last_review = excluded.last_review,
                reps = excluded.reps, lapses = excluded.lapses, leech = excluded.leech",
        )
        .map_err(|e| server_err(&e))?;
    for chunk in changed.chunks(batch) {
        let ids: Vec<&str> = chunk.iter().map(|c| c.0.as_str()).collect();
        let phase: Vec<&str> = chunk.iter().map(|c| c.1.phase.name()).collect();
        let stability: Vec<Option<f64>> = chunk.iter().map(|c| c.1.memory.map(|m| f64::from(m.stability))).collect();
        let difficulty: Vec<Option<f64>> = chunk.iter().map(|c| c.1.memory.map(|m| f64::from(m.difficulty))).collect();
        let due: Vec<i64> = chunk.iter().map(|c| c.1.due).collect();
        let last: Vec<Option<i64>> = chunk.iter().map(|c| c.1.last_review).collect();
        let reps: Vec<i64> = chunk.iter().map(|c| i64::from(c.1.reps)).collect();
        let lapses: Vec<i64> = chunk.iter().map(|c| i64::from(c.1.lapses)).collect();
        let leech: Vec<bool> = chunk.iter().map(|c| c.1.leech).collect();
        client
            .execute(
                &upsert,
                &[
                    &cfg.cohort,
                    &cfg.learner,
                    &ids,
                    &phase,
                    &stability,
                    &difficulty,
                    &due,
                    &last,
                    &reps,
                    &lapses,
                    &leech,
                ],
            )
            .map_err(|e| server_err(&e))?;
        done.items += chunk.len() as u64;
        let marks: Vec<(String, Option<String>)> = chunk.iter().map(|c| (c.0.clone(), Some(c.2.clone()))).collect();
        store.sync_mark_items(&marks)?;
    }
    let gone: Vec<String> = pushed.into_keys().filter(|id| !states.contains_key(id)).collect();
    if !gone.is_empty() {
        done.removed += client
            .execute(
                "DELETE FROM awsdrill.item_state WHERE cohort = $1 AND learner = $2 AND item_id = ANY($3)",
                &[&cfg.cohort, &cfg.learner, &gone],
            )
            .map_err(|e| server_err(&e))?;
        let marks: Vec<(String, Option<String>)> = gone.into_iter().map(|id| (id, None)).collect();
        store.sync_mark_items(&marks)?;
    }
    Ok(())
}

fn push_attempts(store: &mut Store, client: &mut Client, cfg: &SyncConfig, done: &mut Pushed) -> Result<(), SyncError> {
    let pushed = store.sync_pushed("exam")?;
    for a in store.attempts()?.into_iter().filter(|a| !pushed.contains(&(a.id, a.finished_at))) {
        let domains: Vec<ExamDomain> = a
            .domains
            .iter()
            .map(|d| ExamDomain { domain: d.domain, weight: d.weight, total: d.total, correct: d.correct })
            .collect();
        let domains = serde_json::to_value(&domains).expect("plain data serializes");
        client
            .execute(
                "INSERT INTO awsdrill.exam_attempt (cohort, learner, device, local_id, finished_at, exam, total, correct,
                    scaled_estimate, pass_mark, passed, domains)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) ON CONFLICT DO NOTHING",
                &[
                    &cfg.cohort,
                    &cfg.learner,
                    &cfg.device,
                    &a.id,
                    &a.finished_at,
                    &a.exam,
                    &(a.total as i64),
                    &(a.correct as i64),
                    &i64::from(a.scaled_estimate),
                    &i64::from(a.pass_mark),
                    &a.passed,
                    &domains,
                ],
            )
            .map_err(|e| server_err(&e))?;
        store.sync_mark("exam", &[(a.id, a.finished_at)], true)?;
        done.exams += 1;
    }
    let pushed = store.sync_pushed("quiz")?;
    for q in store.quiz_attempts()?.into_iter().filter(|q| !pushed.contains(&(q.id, q.taken_at))) {
        let attempt = serde_json::to_value(&q).expect("plain data serializes");
        client
            .execute(
                "INSERT INTO awsdrill.quiz_attempt (cohort, learner, device, local_id, taken_at, attempt)
                 VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING",
                &[&cfg.cohort, &cfg.learner, &cfg.device, &q.id, &q.taken_at, &attempt],
            )
            .map_err(|e| server_err(&e))?;
        store.sync_mark("quiz", &[(q.id, q.taken_at)], true)?;
        done.quizzes += 1;
    }
    Ok(())
}
