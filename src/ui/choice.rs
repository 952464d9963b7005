//! The terminal's option menu: ↑↓ move, Enter chooses; for choose-N items Space ticks and Enter
//! submits; a letter (`a`) or a number (`1`) picks or ticks that option directly, as the typed
//! form does. Esc stops. A choice starts highlighted (the first option, or Good for ratings).

use dialoguer::console::{Key, Term};

/// What the menu should show and allow.
pub struct Menu<'a> {
    /// The line above the options.
    pub prompt: &'a str,
    /// Option labels (`a`, `b`, …).
    pub labels: &'a [String],
    /// Several options may be ticked.
    pub many: bool,
    /// Ticks to start from (choose-N asked again).
    pub ticked: &'a [bool],
    /// The option highlighted first.
    pub cursor: usize,
    /// Letters name options (`a`…); digits always do.
    pub letters: bool,
}

/// The option a key names: `a`… or `1`…, within `count`.
fn named(c: char, count: usize, letters: bool) -> Option<usize> {
    let c = c.to_ascii_lowercase();
    let index = match c {
        'a'..='z' if letters => c as usize - 'a' as usize,
        '1'..='9' => c as usize - '1' as usize,
        _ => return None,
    };
    (index < count).then_some(index)
}

fn draw(term: &Term, menu: &Menu<'_>, cursor: usize, ticked: &[bool]) -> std::io::Result<()> {
    term.write_line(menu.prompt)?;
    for (i, label) in menu.labels.iter().enumerate() {
        let pointer = if i == cursor { '>' } else { ' ' };
        let line = if menu.many {
            format!("{pointer} [{}] {label}", if ticked[i] { 'x' } else { ' ' })
        } else {
            format!("{pointer} {label}")
        };
        let line = if i == cursor { dialoguer::console::style(line).cyan().bold().to_string() } else { line };
        term.write_line(&line)?;
    }
    Ok(())
}

/// Shows the menu on `term`; `None` when the learner pressed Esc.
pub fn choose(term: &Term, menu: &Menu<'_>) -> std::io::Result<Option<Vec<usize>>> {
    Ok(match run(term, menu, false)? {
        Picked::Options(p) => Some(p),
        Picked::Command | Picked::Escape => None,
    })
}

/// What a menu that also takes `:` commands returned.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Picked {
    /// The options chosen.
    Options(Vec<usize>),
    /// `:` was pressed: the learner wants to type a command.
    Command,
    /// Esc.
    Escape,
}

/// Like [`choose`], and `:` (a key no option letter takes) asks for a command instead.
pub fn choose_or_command(term: &Term, menu: &Menu<'_>) -> std::io::Result<Picked> {
    run(term, menu, true)
}

fn run(term: &Term, menu: &Menu<'_>, commands: bool) -> std::io::Result<Picked> {
    let count = menu.labels.len();
    let mut ticked: Vec<bool> = (0..count).map(|i| menu.ticked.get(i).copied().unwrap_or(false)).collect();
    let mut cursor = menu.cursor.min(count.saturating_sub(1));
    term.hide_cursor()?;
    let result = (|| loop {
        draw(term, menu, cursor, &ticked)?;
        let key = term.read_key()?;
        term.clear_last_lines(count + 1)?;
        match key {
            Key::ArrowUp | Key::BackTab => cursor = (cursor + count - 1) % count,
            Key::ArrowDown | Key::Tab => cursor = (cursor + 1) % count,
            Key::Char(' ') if menu.many => ticked[cursor] = !ticked[cursor],
            Key::Char(':') if commands => return Ok(Picked::Command),
            Key::Char(c) => match named(c, count, menu.letters) {
                Some(i) if menu.many => {
                    ticked[i] = !ticked[i];
                    cursor = i;
                }
                Some(i) => return Ok(Picked::Options(vec![i])),
                None => {}
            },
            Key::Enter if menu.many => return Ok(Picked::Options((0..count).filter(|&i| ticked[i]).collect())),
            Key::Enter => return Ok(Picked::Options(vec![cursor])),
            Key::Escape => return Ok(Picked::Escape),
            _ => {}
        }
    })();
    term.show_cursor()?;
    if let Ok(Picked::Options(picked)) = &result {
        let letters: Vec<&str> = picked.iter().map(|&i| menu.labels[i].as_str()).collect();
        term.write_line(&format!("{} {}", menu.prompt, letters.join(", ")))?;
    }
    result
}

#[cfg(test)]
mod tests {
    use super::named;

    #[test]
    fn letters_and_numbers_name_options_in_range() {
        assert_eq!(named('a', 4, true), Some(0));
        assert_eq!(named('D', 4, true), Some(3));
        assert_eq!(named('e', 4, true), None);
        assert_eq!(named('1', 4, true), Some(0));
        assert_eq!(named('5', 4, true), None);
        assert_eq!(named('?', 4, true), None);
        assert_eq!(named('a', 4, false), None, "ratings take digits only");
        assert_eq!(named('3', 4, false), Some(2));
    }
}
