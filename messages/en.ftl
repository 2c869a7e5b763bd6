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


## ---------------------------------------------------------------------------------------------
## Command line (src/cli, src/main.rs) and the exports (src/present/export.rs)
## ---------------------------------------------------------------------------------------------

