# Study controls (issue 17): in-session commands, marks, leeches, cards suspend|bury|flag
anki-commands-hint = Commands: :u undo · :s suspend · :b bury · :f flag · :r reference · :hard/:easy re-rate · :? all
anki-cmd-title = Commands at any prompt:
anki-cmd-undo = undo the last answer and ask that item again
anki-cmd-suspend = suspend this item (until `awsdrill cards unsuspend`)
anki-cmd-bury = bury this item until tomorrow
anki-cmd-flag = flag this item to check later; `:f note` keeps a note
anki-cmd-reference = show this item's reference again
anki-cmd-hard = the last right answer was a guess or slow: rate it Hard
anki-cmd-easy = the last right answer was effortless: rate it Easy
anki-cmd-help = list these commands
anki-unknown-command = { $command } is not a command. Commands: :u :s :b :f :r :hard :easy :? (and :q to stop)
anki-undo-nothing = Nothing to undo yet in this session.
anki-undone = Undone: { $id } is back to its schedule before that answer.
anki-suspended = Suspended { $id }; `awsdrill cards unsuspend { $id }` brings it back.
anki-buried = Buried { $id } until tomorrow.
anki-flagged = Flagged { $id }; `awsdrill cards list --flagged` lists flags.
anki-rerate-nothing = Only the last answer can be re-rated, and only when it was graded right.
anki-rerated = { $id } re-rated { $rating }: next review in { $when }.
anki-leech-offer = What now with this leech? Suspend it (s), keep it (k), or show its reference (r).
anki-leech-suspend = suspend it
anki-leech-keep = keep studying it
anki-leech-reference = show its reference
anki-leech-bad = "{ $line }" is not a choice: type s (suspend), k (keep) or r (reference).
anki-cards-suspended = { $count ->
    [one] Suspended { $ids }; it stays
   *[other] Suspended { $count } items ({ $ids }); they stay
} out of every schedule until `awsdrill cards unsuspend`.
anki-cards-unsuspended = Back in the schedule: { $ids }.
anki-cards-buried = Buried until tomorrow: { $ids }.
anki-cards-flagged = Flagged: { $ids }.
anki-cards-unflagged = Flag removed: { $ids }.
anki-show-schedule = Schedule:
anki-show-state = due { $due } · stability { $stability } days · difficulty { $difficulty } · recall now { $recall } · { $lapses ->
    [one] 1 lapse
   *[other] { $lapses } lapses
} · { $reps ->
    [one] 1 review
   *[other] { $reps } reviews
}
anki-show-unseen = not studied yet
anki-show-history = Review history ({ $count ->
    [one] 1 review
   *[other] { $count } reviews
}):
anki-mark-suspended = suspended
anki-mark-buried = buried until tomorrow
anki-mark-flagged = flagged { $note }
anki-mark-leech = leech
anki-stats-lapses = { $count ->
    [one] 1 lapse
   *[other] { $count } lapses
}
anki-tty-hint = In the menus, press : to type a command.
anki-tty-command = Command (u s b f r hard easy ?)
