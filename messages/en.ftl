# crisis: the words of the interface in English. Every id here has its twin in fr.ftl
# (tests/messages.rs checks both ways, and every id the code uses).

## Counts

events = { $count ->
    [one] { $count } event
   *[other] { $count } events
}

## Durations and countdowns: one format everywhere

span-minutes = { $minutes } min
span-hours = { $hours } h
span-hours-minutes = { $hours } h { $minutes }
span-days-hours = { $days } d { $hours } h
countdown-in = in { $span }
countdown-late = late by { $span }

## Where an incident stands

status-investigating = investigating
status-identified = identified
status-monitoring = monitoring
status-resolved = resolved

## The status bar

bar-open = open { $span }
bar-next = next client update { $left }
bar-due = client update due { $left }
bar-late = client update { $late }
bar-next-short = next { $left }
bar-due-short = due { $left }
bar-resolved-after = resolved after { $span }
bar-resolved = resolved

## Desktop notifications

notify-follow-up = Follow-up due
notify-late = Client update { $late }
notify-late-body = { $title }: send an update now, even with nothing new.

## The incident switcher

switch-all = all incidents
switch-open = open incidents
switch-hint = { $open } open · { $toggle } { $all ->
    [true] resolved too
   *[false] open only
} · { $close } close
switch-reading = reading the incidents…
switch-none-open = No open incident. { $key } lists the resolved ones.
switch-update = update { $when }
switch-opening = opening { $id }…

## ---------------------------------------------------------------------------------------------
## Clipboard: how a copy went (src/clipboard.rs reports it, the clients word it)
## ---------------------------------------------------------------------------------------------

clip-system = copied to the clipboard ({ $name })
clip-system-and-terminal = copied to the clipboard ({ $name }) and sent to the terminal's clipboard (OSC 52)
clip-program = copied with `{ $command }`
clip-osc52 = sent to the terminal's clipboard (OSC 52)
clip-osc52-tmux = sent to the terminal's clipboard through tmux (OSC 52)
clip-osc52-tmux-unknown = sent to the terminal with OSC 52; tmux did not say whether it passes it on
# tmux's set-clipboard is external (its default) or off: nothing arrives. $fix is the tmux command.
clip-tmux-blocked = the copy cannot reach your clipboard: tmux drops OSC 52 while { $option } is { $setting }; run `tmux { $fix }` and add `{ $fix }` to ~/.tmux.conf
# The desktop clipboard failed and OSC 52 stood in for it; $why is the error, in English.
clip-fallback = the { $name } clipboard failed: { $why }
clip-with-fallback = { $said }; { $failed }

## ---------------------------------------------------------------------------------------------
## Command line (src/cli, src/main.rs) and the exports (src/present/export.rs)
## ---------------------------------------------------------------------------------------------

