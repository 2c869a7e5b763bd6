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

## The cockpit's panes

pane-timeline = Timeline
pane-checklist = Next actions
pane-phrasebook = Phrasebook
pane-keys = Keys
timeline-empty = No open incident yet. Type its title below and press { $key }; every event will be kept here.
timeline-colon = {": "}
checklist-follow-up = ▸ Follow up: { $what }
checklist-follow-up-key = ({ $key } when done)
phrases-none = no phrase matches; { $clear } or { $widen } to widen
phrases-lines = { $lines } lines, { $key } copies one line
phrases-step = [step: { $title } · { $key } clears]
phrases-to-search = to search
too-small = crisis: enlarge the terminal to at least { $width } × { $height } (it is { $w } × { $h } now)

## Keys as the keyboard names them

keyname-space = space
keyname-tab = Tab
keyname-backtab = Shift-Tab
keyname-enter = Enter
keyname-esc = Esc
keyname-backspace = Backspace
keyname-home = Home
keyname-end = End
keyname-delete = Del
keyname-pageup = PgUp
keyname-pagedown = PgDn
keyname-ctrl = Ctrl-{ $key }
keyname-alt = Alt-{ $key }

## Verbs: what each key does (help), and its word in the footer

verb-help = show or hide this help
verb-focus-next = focus the next pane
verb-focus-prev = focus the previous pane
verb-up = move up
verb-down = move down
verb-page-up = move up a page
verb-page-down = move down a page
verb-search = search the phrasebook
verb-copy = copy the selected phrase, filled in
verb-copy-one-line = copy the phrase as one line, for a shell or a chat box
verb-confirm = copy the phrase, tick the step, show an event whole, or save what you typed
verb-cancel = close the search, prompt or help; clear the step filter
verb-add-note = add a note to the timeline
verb-update-sent = record that a client update was sent
verb-toggle-step = tick the selected step, or clear it
verb-followed-up = mark the follow-up that came due first as done
verb-add-follow-up = plan a follow-up: what, then when (tomorrow at 10:00)
verb-toggle-applies = mark the selected step as not applying here, or applying again
verb-set-detail = set a detail such as impact = 3 of 1,000 users
verb-compose = compose a whole message for a channel and an audience
verb-switch = switch to another incident, open or resolved
verb-sync = sync the shared incidents now (commit, pull, push)
verb-show-resolved = switcher: list the resolved incidents too, or not
verb-previous = composer: the previous channel, audience or sentence
verb-next = composer: the next channel, audience or sentence
verb-rebuild = composer: drop the edits and start again from the parts
verb-toggle-lang = switch French / English
verb-undo = take back the last event added by mistake (again: the one before)
verb-quit = quit (everything is already saved)
verb-backspace = delete the character before the cursor
verb-delete-forward = delete the character under the cursor
verb-delete-word = delete the word before the cursor
verb-delete-to-start = delete everything before the cursor
verb-cursor-left = move the cursor left
verb-cursor-right = move the cursor right
verb-word-left = move the cursor a word left
verb-word-right = move the cursor a word right
verb-line-start = move the cursor to the start
verb-line-end = move the cursor to the end

key-help = help
key-focus-next = focus
key-search = search
key-copy = copy
key-add-note = note
key-update-sent = update sent
key-toggle-step = done
key-set-detail = detail
key-compose = compose
key-switch = incidents
key-sync = sync
key-show-resolved = resolved too
key-previous = change
key-next = change
key-rebuild = start again
key-toggle-lang = lang
key-quit = quit
key-confirm = save
key-cancel = cancel

## The footer while typing: what each key does in this mode

doing-search = typing a search
doing-compose = composing
doing-draft = editing the message
doing-switch = choosing an incident
footer-doing = { $doing }: { $hints }
word-copy = copy
word-done = done
word-choose = choose
word-change = change
word-edit = edit
word-copy-record = copy and record
word-start-again = start again
word-close = close
word-new-line = new line
word-open = open
word-create = create
word-quit = quit

## The help

help-typing = typing
help-edit-as-shell = edit as in a shell: { $keys }
help-saved = Every event is saved the moment it happens. { $help } or { $cancel } closes.
help-mouse = Mouse: a click focuses a pane and selects a row, the wheel scrolls; hold Shift to select text as usual.

## Prompts

prompt-new-incident = New incident:{" "}
prompt-note = Note:{" "}
prompt-detail = Set (impact = …, severity = 1, title = …, started = 09:02):{" "}
prompt-update = Update sent, what was said (Enter alone: nothing to add):{" "}
prompt-promise = Next update promised (14:30, in 20 min):{" "}
prompt-follow-up = Follow up later, what (call Tim for feedback):{" "}
prompt-follow-up-when = When (tomorrow at 10:00, 16:00):{" "}
prompt-fill = To copy:{" "}
prompt-fill-value = To copy, {"{"}{ $name }{"}"} ({ $description }{ $more ->
    [0] {""}
   *[other] , { $more } more after
}):{" "}

## What the cockpit says in its footer

said-journal-reread = the journal changed on disk (a sync): read again
said-journal-unreadable = the journal changed on disk and cannot be read: { $why }
said-incident-opened = incident opened: { $title }
said-synced = synced: { $said }
said-sync-failed = sync failed: { $why }
said-sync-running = a sync is under way
said-syncing = syncing…
said-sync-timeout = git did not finish within { $seconds } s
said-no-phrase = no phrase selected
said-phrase-gone = that phrase is gone from the phrasebook
said-recorded-as-update = { $said }; recorded as the update sent ({ $key } takes it back)
said-not-filled = { $said }, but { $names } not filled: press { $key } to set
said-promised = client update recorded; next one promised at { $at }
said-time-passed = { $text } has already passed
said-not-a-time = "{ $text }" is not a time: try 14:30 or in 20 min
said-follow-up-planned = follow-up due { $at }: { $what }
said-not-a-time-ahead = "{ $text }" is not a time ahead: try tomorrow at 10:00
said-type-a-value = type a value, or { $key } to copy nothing
said-set = set: { $said }
said-not-saved = not saved: { $why }
said-no-follow-up = no follow-up is due
said-too-long = not inserted: { $bytes } bytes would make the text longer than 64 KiB
said-value-missing = nothing copied: a value was missing
said-nothing-to-undo = nothing to take back
said-undone = taken back: { $said } ({ $key } again takes back the one before)
said-create-failed = could not create the incident: { $why }
said-copy-timeout = the clipboard did not answer within { $seconds } s
said-copy-failed = could not copy: { $why }; the text is in the preview
said-draft-kept = draft kept: { $key } brings it back
said-draft-back = your draft is back
said-title-back = the title you typed last time is back: Enter creates the incident
said-more-warnings = (+{ $count } more: `crisis check`)
note-detail-unset = detail not set: { $text }

## Notes the cockpit writes in the journal when it closes with something unfinished

note-update-unconfirmed = update not confirmed: { $text }
note-follow-up-unplanned = follow-up not planned: { $text }
note-not-copied = not copied; typed for {"{"}{ $name }{"}"}: { $text }

## The composer

compose-title = Compose: { $channel } to { $audience }
compose-hint = { $edit } edit · { $copy } copy and record · { $close } close
compose-editing = editing the text
compose-edited = edited by hand
compose-as-parts = as the parts make it
compose-tone-quiet = tone: nothing to say
compose-more-findings = … { $count } more (`crisis lint` shows them all)
compose-channel = channel
compose-audience = audience
compose-no-sentence = (no sentence fits)
compose-draft-back = your draft from { $at } is back ({ $key } starts again from the parts)
compose-started-again = started again from the parts
compose-edited-stays = the text was edited by hand and stays so: { $key } starts again from the parts
compose-no-other = no other sentence fits this part
compose-tone-errors = the tone rules find { $count ->
    [one] one error
   *[other] { $count } errors
} ({ $rules }): { $key } again sends it anyway

## Channels, audiences, the parts of a message and the tone linter's levels

channel-email = email
channel-status = status page
channel-chat = chat
channel-voicemail = voicemail
audience-client = client
audience-users = users
audience-exec = executives
audience-angry = angry client
audience-team = team
slot-greeting = greeting
slot-apology = apology
slot-impact = impact
slot-doing = doing
slot-workaround = workaround
slot-next-update = next update
slot-contact = contact
slot-closing = closing
level-suggestion = suggestion
level-warning = warning
level-error = error

## What each placeholder stands for, when a copy asks for its value

placeholder-client = the client's organization (the incident's client)
placeholder-contact = the person you are talking to
placeholder-incident = the incident's title
placeholder-impact = the measured impact, e.g. "3 of 1,000 users cannot log in"
placeholder-eta = when the fix is expected
placeholder-next-update = the time of the next client update (from the update cadence)
placeholder-me = your name (the setting `me`, or $USER)
placeholder-workaround = the alternative offered meanwhile
placeholder-started = when the incident began
placeholder-phone = the number to call you back on (the setting `phone`)
placeholder-feature = the feature switched off or lost, e.g. "online payment"
placeholder-sponsor = the person above your contact: the client's sponsor, or their own client
placeholder-e = "e" when the setting is `gender = "feminine"`, nothing otherwise

## Events as the timeline and the post-mortem name them

event-opened = opened
event-note = note
event-contact = contact
event-decision = decision
event-update-sent = update sent
event-step-done = done
event-step-undone = undone
event-step-skipped = does not apply
event-step-applies = applies
event-phrase-copied = copied
event-detail-set = set
event-lang-changed = language
event-resolved = resolved
event-status-changed = status
event-severity-changed = severity
event-title-changed = title
event-start-corrected = started
event-retracted = taken back
event-cadence-set = cadence
event-follow-up = follow-up
event-follow-up-done = followed up
event-follow-up-due = { $what } (due { $due })
event-cadence-every = an update every { $minutes } min
event-cadence-default = the pace of its severity
event-taken-back = { $label } at { $at }: { $what }
event-taken-back-bare = { $label } at { $at }
event-not-in-journal = an event not in this journal ({ $id })
weekday-0 = Mon
weekday-1 = Tue
weekday-2 = Wed
weekday-3 = Thu
weekday-4 = Fri
weekday-5 = Sat
weekday-6 = Sun

## The stages of a crisis

stage-prepare = prepare
stage-acknowledge = acknowledge
stage-update = update
stage-workaround = workaround
stage-boundaries = boundaries
stage-resolve = resolve
stage-follow-up = follow up
stage-learn = learn
checklist-why = { $stage }:{" "}

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

