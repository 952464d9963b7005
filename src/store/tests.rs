use super::*;

fn review(item: &str, day: i64, phase: Phase, rating: u32, correct: Option<bool>) -> ReviewRecord {
    ReviewRecord {
        item_id: item.into(),
        reviewed_at_ms: day * 86_400_000,
        day,
        rating,
        mode: Mode::Study,
        phase_before: phase,
        correct,
        elapsed_days: 0,
        interval_days: 1,
        lang: Some("en".into()),
        answer: None,
        variant_seed: None,
        duration_ms: None,
    }
}

#[test]
fn records_reviews_states_and_daily_totals() {
    let mut store = Store::open_in_memory().unwrap();
    let mut state = ItemState::new_item();
    state.phase = Phase::Learning;
    state.due = 123;
    store.record(&review("a", 10, Phase::New, 3, Some(true)), Some(&state)).unwrap();
    store.record(&review("b", 10, Phase::Review, 1, Some(false)), None).unwrap();
    assert_eq!(store.state("a").unwrap(), Some(state));
    assert_eq!(store.state("b").unwrap(), None);
    let day = store.day(10).unwrap();
    assert_eq!((day.reviews, day.correct, day.graded, day.new_items, day.review_phase), (2, 1, 2, 1, 1));
    assert_eq!(store.retention_since(0).unwrap(), (0, 1));
    assert_eq!(store.review_count("a").unwrap(), 1);
}

#[test]
fn a_foreign_file_is_refused_and_left_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("notes.db");
    std::fs::write(&path, b"this is not a database at all, just text").unwrap();
    let before = std::fs::read(&path).unwrap();
    assert!(matches!(Store::open(&path), Err(StoreError::Foreign { .. })));
    assert_eq!(std::fs::read(&path).unwrap(), before);
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1, "no -wal or -shm left behind");
}

#[test]
fn another_programs_sqlite_file_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("other.db");
    Connection::open(&path).unwrap().execute_batch("CREATE TABLE t(x); PRAGMA user_version = 3;").unwrap();
    let before = std::fs::read(&path).unwrap();
    assert!(matches!(Store::open(&path), Err(StoreError::Foreign { .. })));
    assert_eq!(std::fs::read(&path).unwrap(), before);
}

#[test]
fn a_newer_schema_is_refused_and_left_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("progress.db");
    drop(Store::open(&path).unwrap());
    {
        let conn = Connection::open(&path).unwrap();
        conn.pragma_update(None, "user_version", 99).unwrap();
        conn.pragma_update(None, "journal_mode", "DELETE").unwrap();
    }
    let before = std::fs::read(&path).unwrap();
    let err = Store::open(&path).unwrap_err();
    assert!(matches!(err, StoreError::TooNew { found: 99, .. }), "{err}");
    assert!(err.to_string().contains("Update awsdrill"));
    assert_eq!(std::fs::read(&path).unwrap(), before);
}

#[test]
fn reopening_keeps_data_and_creates_parent_folders() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("deep/er/progress.db");
    let mut store = Store::open(&path).unwrap();
    store.record(&review("a", 1, Phase::New, 3, None), Some(&ItemState::new_item())).unwrap();
    drop(store);
    let store = Store::open(&path).unwrap();
    assert_eq!(store.days().unwrap().len(), 1);
    let app: i32 = store.conn().pragma_query_value(None, "application_id", |r| r.get(0)).unwrap();
    assert_eq!(app, APPLICATION_ID);
}

#[test]
fn a_copy_is_made_before_migrating() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("progress.db");
    let store = Store::open(&path).unwrap();
    let backup = store.backup_before_migration(1).unwrap();
    assert!(backup.ends_with(".v1.bak"));
    assert!(Store::open(Path::new(&backup)).is_ok());
}

#[test]
fn undo_puts_the_schedule_row_and_the_day_back_exactly() {
    let mut store = Store::open_in_memory().unwrap();
    let mut first = ItemState::new_item();
    first.phase = Phase::Review;
    first.due = 500;
    first.reps = 3;
    first.lapses = 2;
    first.memory = Some(Memory { stability: 4.25, difficulty: 6.5 });
    store.record(&review("a", 10, Phase::Learning, 3, Some(true)), Some(&first)).unwrap();
    let day_before = store.day(10).unwrap();
    let mut second = first.clone();
    second.due = 9_000;
    second.reps = 4;
    second.lapses = 3;
    let token = store.record_undoable(&review("a", 10, Phase::Review, 1, Some(false)), Some(&second)).unwrap();
    // A brand-new item's first answer: undo leaves no schedule row at all.
    let fresh = store.record_undoable(&review("b", 10, Phase::New, 3, Some(true)), Some(&first)).unwrap();
    store.undo(&fresh).unwrap();
    store.undo(&token).unwrap();
    assert_eq!(store.state("a").unwrap(), Some(first));
    assert_eq!(store.state("b").unwrap(), None);
    assert_eq!(store.day(10).unwrap(), day_before);
    assert_eq!(store.review_count("a").unwrap(), 1);
    assert_eq!(store.review_count("b").unwrap(), 0);
}

#[test]
fn marks_apply_to_many_ids_and_empty_rows_go() {
    let mut store = Store::open_in_memory().unwrap();
    store.change_marks(&["a", "b"], &MarkChange::Suspend(true)).unwrap();
    store.change_marks(&["b"], &MarkChange::Flag(77, Some("why?".into()))).unwrap();
    store.change_marks(&["c"], &MarkChange::Bury(12)).unwrap();
    assert!(store.mark("a").unwrap().suspended);
    assert_eq!(store.mark("b").unwrap().flag_note.as_deref(), Some("why?"));
    assert!(store.mark("c").unwrap().buried_on(12));
    assert!(!store.mark("c").unwrap().buried_on(13), "a bury ends with its day");
    store.change_marks(&["a", "b"], &MarkChange::Suspend(false)).unwrap();
    store.change_marks(&["b"], &MarkChange::Unflag).unwrap();
    let marks = store.marks().unwrap();
    assert_eq!(marks.keys().collect::<Vec<_>>(), vec!["c"]);
    store.record(&review("d", 12, Phase::New, 3, Some(true)), None).unwrap();
    assert!(store.answered_on(12).unwrap().contains("d"));
    assert!(store.answered_on(13).unwrap().is_empty());
}
