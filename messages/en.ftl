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
said-not-started = the system could not start it: too many tasks are running; try again
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
said-lang-switched = now in English; the title and details stay as you typed them ({ $key } changes one)
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

## Why a correction is refused (`d` in the cockpit, `crisis set`)

refuse-empty-title = a title cannot be empty
refuse-unknown-key = `{ $key }` cannot be set; the keys are { $keys }
refuse-not-a-cadence = `{ $value }` is not a cadence (try 45m or 1h)
refuse-cadence-range = a cadence is between 1 minute and a week, not `{ $value }`
refuse-not-a-time = `{ $value }` is not a time (try 09:02)
refuse-not-a-status = `{ $value }` is not a status ({ $names })
refuse-not-a-severity = `{ $value }` is not a severity (1, the worst, to 4, or SEV1 to SEV4)
impact-zero-total = the total is 0: give how many there are in all
impact-more-than-total = { $affected } affected is more than the { $total } there are
impact-negative = `{ $value }` is negative: give how many are affected, of how many
impact-too-large = `{ $value }` is too large a number

## What the system says of a file (io errors), after the file's name

io-not-found = no such file or folder
io-permission-denied = permission denied
io-already-exists = it already exists
io-storage-full = the disk is full
io-quota-exceeded = the disk quota is used up
io-read-only = the disk is read-only
io-is-a-directory = it is a folder, not a file
io-not-a-directory = a part of the path is not a folder
io-too-large = the file is too large
io-busy = the file is busy
io-timed-out = the system took too long to answer
io-interrupted = interrupted
io-broken-pipe = the other end stopped reading
io-unexpected-eof = the file ends too soon
io-not-utf8 = it is not UTF-8 text
io-no-device = no such device or address
io-not-empty = the folder is not empty
io-stale = the network file is no longer there (stale handle)
io-crosses-devices = it cannot be moved across disks
io-too-many-links = too many links
io-bad-name = the name is not valid here
io-try-again = the system is busy: try again
io-out-of-memory = out of memory
io-unsupported = the system does not support this
io-write-zero = nothing could be written
io-not-seekable = it cannot be read from a given place
io-deadlock = two locks wait for each other
io-too-long = the command line is too long
io-too-many-files = too many files open
io-disk = the disk could not read or write (input/output error)
io-loop = too many symbolic links, or a loop of them
io-invalid = the system refused the request as invalid
# Any other error of the system: its number, and its own text (in English).
io-other = system error { $code } ({ $error })

## Sharing the incidents through git (crisis share init, crisis sync, S in the cockpit)

share-made-repository = made { $dir } a git repository
share-shared = { $dir } is shared through git; journals merge by event id (`crisis sync` commits, pulls and pushes)
share-committed = committed what changed
share-in-step = in step with `origin/{ $branch }`
share-no-remote = no remote yet (`crisis share init --remote URL`)
# $error is what git said, in its own words.
share-git-failed = `{ $command }` failed: { $error }
share-no-git = `{ $command }` could not run ({ $error }): is git installed?
share-not-shared = { $dir } is not shared yet: run `crisis share init` first

## What crisis doctor finds in a journal, line by line, and why a line is unreadable

doctor-conflict-marker = a merge conflict marker, left by a clone without crisis's merge driver (`crisis share init` installs it)
doctor-torn = an incomplete last event (a write was interrupted); it never counted
doctor-newer = an event of format version { $version }, newer than this crisis ({ $ours }): update crisis
doctor-unreadable = unreadable: { $why }
doctor-again = the event of line { $first } again, word for word: it counts once
doctor-differs = event { $id } differs from the one of the same id on line { $first }
journal-not-json = not JSON (from column { $column })
journal-missing-field = the `{ $field }` field is missing
journal-unknown-kind = unknown kind of event `{ $kind }`
journal-not-an-event = JSON, but not an event of crisis (column { $column })
journal-corrupt = { $why }; the journal was left untouched
journal-conflict = event { $id } differs from the one of the same id on line { $first }; the journal was left untouched (`crisis doctor` shows both)
journal-torn-skipped = skipped an incomplete event (a write was interrupted)
store-skipped = skipped incident { $id }: { $error }
state-empty = the journal is empty
state-not-opened = the journal does not start with an `opened` event
draft-not-saved = cannot save the draft: { $error }
draft-not-read = cannot read the draft (left as it is): { $error }
draft-damaged = the draft is damaged (left as it is)
merge-unreadable = not an event of crisis: { $why }
merge-conflict = event { $id } reads differently in { $first } and { $second }
merge-ours = ours
merge-theirs = theirs

## A phrasebook's problems (crisis check, the warnings at start), each after file:line:column

book-cannot-read = cannot read: { $why }
book-not-utf8 = invalid UTF-8: save the file as UTF-8
# $why is what the TOML reader said of the value.
book-value = `{ $field }`: { $why }
book-unknown-field = unknown field `{ $field }`, expected one of { $known }
book-not-a-table = { $entry ->
    [file] the file
    [step] a step
   *[phrase] a phrase
} is a table, not { $found }
book-not-a-list = `{ $field }` is a list of tables, not { $found }
book-missing = { $entry ->
    [file] the file
    [step] a step
   *[phrase] a phrase
} has no `{ $field }` field
book-empty = { $entry ->
    [file] file
    [step] step
   *[phrase] phrase
} field `{ $field }` is empty
book-duplicate = duplicate { $entry ->
    [file] file
    [step] step
   *[phrase] phrase
} id `{ $id }` in this file
book-misspelt-tag = unknown tag `{ $tag }`: did you mean `{ $meant }`?
book-no-such-phrase = step points at phrase `{ $id }`, which exists nowhere
book-empty-fallback = `{ $token }`: nothing after `|` to say when it has no value
book-unknown-placeholder = unknown placeholder `{ $token }` (known: { $known })
book-unclosed = a `{"{"}` that nothing closes: write a placeholder as {"{"}name{"}"}
book-unopened = a `{"}"}` that nothing opened

## What the TOML reader says, in the user's language (English keeps the reader's own words)

toml-or = or
toml-expected = { $what }, expected { $expected }
toml-unknown-value = unknown variant `{ $value }`, expected { $expected }
toml-wrong-type = invalid type: { $found }, expected { $expected }
toml-found-value = { $kind } `{ $value }`
toml-missing-field = missing field `{ $field }`
toml-type-string = a string
toml-type-integer = an integer
toml-type-float = a decimal number
toml-type-boolean = true or false
toml-type-array = a list
toml-type-table = a table
toml-type-datetime = a date and time
toml-duplicate-key = duplicate key
toml-no-value = key with no value
toml-unquoted-string = string values must be quoted
toml-invalid-string = invalid string
toml-unclosed-table = unclosed table
toml-unclosed-array = unclosed list
toml-unclosed-inline-table = unclosed inline table
toml-array-comma = missing comma between list elements
toml-pair-comma = missing comma between key-value pairs
toml-missing-equals-or-quote = missing `=` or quote
toml-extra-comma = extra comma
toml-extra-equals = extra `=`
toml-invalid-key = invalid key
toml-unexpected = unexpected content
toml-bad-comment = unexpected content in a comment
toml-bare-cr = a carriage return must be followed by a new line
toml-bad-escape = invalid escape sequence
toml-invalid-value = invalid value
toml-bad-number = invalid number
toml-too-deep = nested too deep

## A user's tone rules that cannot be used (lint.toml)

rule-wrong = { $file }: rule `{ $id }`: { $why }
rule-twice = given twice in this file
rule-bad-id = an id is kebab-case: lower-case letters, digits and -
rule-needs = a new rule needs `{ $field }`
rule-kind-needs = a rule of kind { $kind } needs `{ $field }`
rule-empty-list = an empty list would never apply
rule-unknown-name = unknown audience or channel `{ $name }`
# $error is what the regular expression compiler said, in English.
rule-bad-pattern = bad pattern `{ $pattern }`: { $error }
rule-bad-pattern-at = bad pattern `{ $pattern }`: { $what } (at character { $at })
regex-unclosed-group = a group is opened with `(` and never closed
regex-unopened-group = a `)` closes a group that was never opened
regex-unclosed-class = a class is opened with `[` and never closed
regex-bad-range = a range in a class goes from a greater character to a smaller one, or is not a range
regex-bad-escape = an escape with `\` that the regex reader does not know
regex-bad-repetition = a repetition (`*`, `+`, `?`, `{"{"}…{"}"}`) with nothing to repeat, or a count that is not one
regex-look-around = look-around (`(?=`, `(?!`, `(?<=`, `(?<!`) is not supported
regex-backreference = references back to a group (`\1`) are not supported
regex-bad-flag = a flag in `(?…)` that is unknown, repeated or cut short
regex-bad-group-name = a group name that is empty, invalid or given twice
regex-unknown-class = a Unicode class that does not exist
regex-too-deep = groups nested too deep, or too many of them
rule-built-in-patterns = a built-in rule's patterns cannot be changed: turn it off (level = "off") and add one under a new id

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
clip-why-no-display = no display server answered
clip-why-not-supported = this display has no clipboard crisis can use
clip-why-occupied = another program holds the clipboard
clip-why-taken-at-once = a clipboard manager replaced the text at once
clip-why-not-in-time = the clipboard did not take the text in time
clip-why-stopped-early = the clipboard process stopped early
clip-why-no-child = cannot start the clipboard process: { $error }
clip-system-failed = the system clipboard is not available: { $why }
clip-no-terminal = no terminal to send OSC 52 to: { $error }
clip-command-failed = clipboard command `{ $command }` failed: { $why }
clip-command-exited = it exited with code { $code }
clip-command-killed = a signal stopped it
clip-both-failed = { $system }; and { $terminal }
clip-no-command = `clipboard = "command"` needs `clipboard_command` in `config.toml`, for example `"wl-copy"`

## ---------------------------------------------------------------------------------------------
## Command line (src/cli, src/main.rs) and the exports (src/present/export.rs)
## ---------------------------------------------------------------------------------------------

# Every line the command line prints starts with its name when it is a remark, not a result.
cli-error = crisis: { $error }
cli-warning = crisis: warning: { $text }
cli-note = crisis: { $text }
cli-default-settings = { $error }; using the default settings
cli-default-rules = { $error }; using the built-in tone rules
cli-indexing = crisis: reading and indexing the phrasebook (the first run since it changed)…

## What the command line refuses, and why

cli-error-no-home = cannot find a home folder for crisis's files; set CRISIS_HOME
at-line = line { $line }: { $error }
config-zero = { $name } must be at least 1 (minutes)
cli-error-bad-now = { $var }=`{ $text }` is not a time crisis can read: { $why }; give one such as 2026-11-24T09:30:00+01:00
clock-why-out-of-range = a number is out of range (a month 13, an hour 25)
clock-why-too-short = it stops too soon (the seconds and the offset are needed)
clock-why-too-long = something follows the time
clock-why-invalid = a character stands where a digit or a separator belongs
store-not-found = no incident matches `{ $id }` (see `crisis list --all`)
store-ambiguous = `{ $prefix }` matches several incidents: { $matches }; give more of the id
store-no-open-incident = no open incident (start one with `crisis new TITLE`)
store-newer-unreadable = incident { $id } is newer than the one this would act on and cannot be read; repair it, or name the incident to use: { $error }
cli-error-copy = could not copy: { $error }
cli-error-empty-title = the title is empty
cli-error-empty-text = the text is empty
cli-error-too-long = the text is { $bytes } bytes long; an event holds at most 64 KiB (65,536 bytes)
cli-error-already-resolved = { $id } is already resolved
cli-error-not-resolved = { $id } is open: there is nothing to reopen
cli-error-nothing-to-reopen = no incident yet, so none to reopen (`crisis list --all`)
cli-error-not-a-time = `{ $text }` is not a time (try `14:30`, `2:30 pm`, `in 20 min` or `dans 20 min`)
cli-error-already-past = `{ $text }` has already passed: a promise lies ahead
cli-error-next-without-update = `--next` goes with `--kind update`
cli-error-merge = could not merge the journals: { $error }
cli-error-nothing-to-undo = nothing to take back: the incident holds only its opening
cli-error-no-follow-up = no follow-up is left to do
cli-error-unfilled = { $names } not filled, so nothing was copied: set { $count ->
    [one] it
   *[other] them
} with `crisis set NAME VALUE`
cli-error-not-numbers = `{ $text }` are not two whole numbers (how many are affected, of how many)
cli-error-inside-incidents = is inside the incidents folder; write the export somewhere else
cli-error-not-utf8 = not UTF-8 text (byte { $byte } is not valid)

## Incidents: list, set, undo, resolve, reopen, status

cli-list-open = open { $span }
cli-list-resolved-after = resolved after { $span }
cli-set = { $key }: { $value }
cli-undo = taken back: { $label } at { $time }: { $what }
cli-undo-bare = taken back: { $label } at { $time }
cli-resolved = { $id } resolved
cli-reopened = { $id } reopened: { $status }
cli-status-set = { $id }: { $status }

## When the next update is due

cli-cadence-resolved = resolved: no update is due
cli-cadence-due = next update due at { $time } ({ $when })
cli-cadence-ok = on time, { $left }
cli-cadence-soon = soon, { $left }
cli-cadence-by-promise = set by the promise "{ $words }"{ $approximate ->
    [true] , given loosely
   *[false] {""}
}
cli-cadence-by-pace = set by the pace of a { $severity } while { $status }: every { $span }
cli-parse-approximate = approximate
cli-parse-past = crisis: "{ $words }" has already passed: no promise
cli-parse-none = crisis: no promise of a time found in that text

## Follow-ups and dates ("Wed 02 Dec 10:00")

cli-follow-up-added = follow-up due { $when }: { $what }
cli-follow-up-done = done: { $what }
cli-follow-up-due-now = (due now)
cli-date = { $weekday } { $day } { $month } { $time }
cli-weekday-1 = Mon
cli-weekday-2 = Tue
cli-weekday-3 = Wed
cli-weekday-4 = Thu
cli-weekday-5 = Fri
cli-weekday-6 = Sat
cli-weekday-7 = Sun
cli-month-1 = Jan
cli-month-2 = Feb
cli-month-3 = Mar
cli-month-4 = Apr
cli-month-5 = May
cli-month-6 = Jun
cli-month-7 = Jul
cli-month-8 = Aug
cli-month-9 = Sep
cli-month-10 = Oct
cli-month-11 = Nov
cli-month-12 = Dec

## Phrases, messages, copies

cli-no-incident-to-fill = { $error }; filling from no incident
cli-no-phrase = crisis: no phrase matches `{ $query }` in { $lang }
cli-copied = crisis: { $phrase }: { $said }
cli-many-lines = the phrase copied is { $lines } lines: pasted into a shell, each runs on its own; --one-line copies it as one line
cli-recorded-update-promise = crisis: recorded as the update sent (it promises the next one)
cli-recorded-update = crisis: recorded as the update sent
cli-message-copied = crisis: the message: { $said }
cli-empty-part = no phrase of the book fills the `{ $part }` part

## Checks: phrasebooks, journals, drafts

cli-check-ok = { $count ->
    [one] 1 file checked
   *[other] { $count } files checked
}, no problem found
cli-book-skipped = { $problem } (that entry or file was skipped)
cli-check-problems = { $count ->
    [one] 1 problem found
   *[other] { $count } problems found
}; fix { $count ->
    [one] it
   *[other] them
} and run `crisis check` again (meanwhile the cockpit skips the broken entries)
cli-doctor-healthy = crisis: { $count ->
    [one] 1 journal, healthy
   *[other] { $count } journals, all healthy
}
cli-doctor-findings = crisis: { $found ->
    [one] 1 finding
   *[other] { $found } findings
} in { $count ->
    [one] 1 journal
   *[other] { $count } journals
}
cli-lint-summary = { $name }: { $errors ->
    [one] 1 error
   *[other] { $errors } errors
}, { $warnings ->
    [one] 1 warning
   *[other] { $warnings } warnings
}, { $suggestions ->
    [one] 1 suggestion
   *[other] { $suggestions } suggestions
}
cli-lint-file = # { $lang }: { $path } ({ $read ->
    [true] read
   *[false] none
})
cli-level-suggestion = suggestion
cli-level-warning = warning
cli-level-error = error
cli-lint-missed = not found in
cli-lint-found = found in
cli-lint-self-test = { $passed } passed, { $failed } failed

## The Markdown post-mortem (crisis export)

export-title = Postmortem: { $title }
export-incident = Incident
export-client = Client
export-severity = Severity
export-status = Status
export-start = Start
export-end = End
export-still-open = still open
export-duration = Duration
export-so-far = { $span } so far
export-timeline = ## Timeline
export-timeline-columns = | Time | Event | Detail |
export-communication = ## Client communication
export-updates-sent = Client updates sent: { $count }
export-first-contact = Time to first client contact: { $span }
export-none-recorded = none recorded
export-longest-silence = Longest time without a client update: { $span }
export-pace = the pace for a { $severity } while { $status }: { $span }
export-promises = ## Promises
export-promises-none = None recorded.
export-promises-columns = | Made | Promised | Words | Kept |
export-kept-yes = yes, update at { $time }
export-kept-no = no: the next update came later
export-kept-late = not yet: late
export-kept-pending = pending
export-about = { $time } (about)
export-follow-ups = ## Follow-ups
export-follow-ups-none = None planned.
export-due = due { $date }
export-steps = ## Playbook steps
export-steps-done = { $done } of { $count } done.
export-step-skipped = { $stage }, does not apply here
export-phrases = ## Phrases used
export-phrases-none = None.
# "09:41: the words sent", "09:12 a-phrase (en): its words"
export-said = { $what }: { $text }
export-learn = ## What we learn
export-learn-well = What went well:
export-learn-change = What to change so it does not happen again:
export-learn-feedback = Feedback asked from the client:

## The command line's help (crisis --help) and what clap cannot read

cli-help-usage = Usage:
cli-help-commands = Commands
cli-help-arguments = Arguments
cli-help-options = Options
cli-help-command-value = COMMAND
cli-help-default = [default: { $value }]
cli-help-values = [possible values: { $values }]
cli-usage-unknown-argument = unexpected argument `{ $arg }`
cli-usage-unknown-command = unknown command `{ $command }`
cli-usage-invalid-value = invalid value `{ $value }` for `{ $arg }` (possible values: { $values })
cli-usage-invalid = invalid value `{ $value }` for `{ $arg }`: { $why }
cli-usage-missing = missing: { $arg }
cli-usage-missing-command = a command is needed
cli-usage-conflict = `{ $arg }` cannot be used with `{ $other }`
cli-usage-other = this command line cannot be read
cli-usage-not-a-lang = unknown language `{ $value }` (expected { $values })
cli-usage-not-a-stage = unknown stage `{ $value }` (expected one of { $values })
cli-usage-not-a-status = `{ $value }` is not a status ({ $values })
cli-usage-not-a-channel = unknown channel `{ $value }` (expected one of { $values })
cli-usage-not-an-audience = unknown audience `{ $value }` (expected one of { $values })
cli-usage-did-you-mean = did you mean `{ $arg }`?
cli-usage-more = For more information, try `--help`.
cli-about = A terminal cockpit for crisis communication.
cli-about-long = A terminal cockpit for crisis communication: the incident timeline, the next action, and the right sentence in French or English, one key away.

    With no command, opens the cockpit on the latest open incident (or asks for a title).
cli-about-help = Print this message or the help of the given command
cli-arg-help = Print help
cli-arg-version = Print version
cli-arg-lang = The language of the command line (`en` or `fr`; else the incident's, the configuration's, the locale's), and of what a command makes: a new incident, phrases, a message, a draft's checks, an impact's sentence
cli-about-new = Open a new incident and print its id
cli-arg-new-title = What is happening, in a few words
cli-arg-new-client = The client's name, for {"{"}client{"}"}
cli-arg-new-severity = 1 (worst) to 4, or SEV1 to SEV4
cli-about-log = Add an event to the latest open incident (or the one named); exits 0 once it is on disk
cli-arg-log-text = What happened
cli-arg-log-kind = What kind of event; `update` records a client update sent (restarts the countdown; a promise in `TEXT` such as "next update at 14:30" sets the next deadline)
cli-arg-log-next = With `--kind update`: the next update promised, when `TEXT` does not say it (`14:30`, `2:30 pm`, `in 20 min`, `dans 20 min`)
cli-arg-log-incident = Incident id or an unambiguous prefix
cli-about-list = List open incidents (all with --all), newest first
cli-arg-list-all = Resolved incidents too
cli-about-open = Open the cockpit on one incident, open or resolved (the next-day follow-ups of a resolved one keep its details)
cli-arg-open-id = Incident id or an unambiguous prefix
cli-about-reopen = Reopen a resolved incident: the situation came back (its status is investigating)
cli-arg-reopen-id = Incident id or an unambiguous prefix (the latest incident by default)
cli-arg-reopen-incident = The same, as every command that acts on an incident takes it
cli-about-resolve = Mark an incident resolved (the latest open one by default)
cli-arg-resolve-id = Incident id or an unambiguous prefix
cli-arg-resolve-incident = The same, as every command that acts on an incident takes it
cli-about-status = Print the incident's status, or set it: investigating, identified, monitoring, resolved
cli-arg-status-status = The new status (prints the current one when left out)
cli-arg-status-incident = Incident id or an unambiguous prefix (the latest open one by default)
cli-about-set = Correct the incident: `severity`, `status`, `title`, `started`, or a detail (`client`, `contact`, `impact`, `eta`, `workaround`, `me`); an empty `VALUE` clears a detail
cli-arg-set-key = `severity`, `status`, `title`, `started`, or a detail's name
cli-arg-set-value = The new value: `crisis set severity 1`, `crisis set started 09:02`, `crisis set eta ""`
cli-arg-set-incident = Incident id or an unambiguous prefix (the latest open one by default)
cli-about-follow-up = Something to do later (`crisis follow-up "call Tim for feedback" --at "tomorrow at 10:00"`), which comes due with the same reminders as an update, even after the incident is resolved; with no `TEXT`, lists those still to do; --done marks the earliest one done
cli-arg-follow-up-text = What to do
cli-arg-follow-up-at = When: `tomorrow at 10:00`, `demain à 10 h`, `14:30`, `in 2 hours`
cli-arg-follow-up-done = Mark the earliest follow-up still to do as done
cli-arg-follow-up-list = List the follow-ups still to do (also what no `TEXT` does)
cli-arg-follow-up-incident = Incident id or an unambiguous prefix (the latest open one by default)
cli-about-undo = Take back the last event added by mistake (an update, a tick, a detail, a note); the journal keeps both, and the incident counts neither
cli-arg-undo-incident = Incident id or an unambiguous prefix (the latest open one by default)
cli-about-cadence = When the next client update is due, what set it, and whether it is late (exit 3)
cli-arg-cadence-incident = Incident id or an unambiguous prefix (the latest open one by default)
cli-arg-cadence-format = `text`, or `json` for scripts
cli-about-cadence-parse = Print the deadline a text promises (RFC 3339), or exit 1 when it promises none; both languages are read
cli-arg-cadence-parse-text = `next update at 14:30`, `dans une demi-heure`, …
cli-about-export = Write a postmortem starter (Markdown, in the incident's language) or the whole incident (JSON)
cli-arg-export-id = Incident id or an unambiguous prefix (the latest open one by default)
cli-arg-export-incident = The same, as every command that acts on an incident takes it
cli-arg-export-format = `md`: a postmortem starter; `json`: the state and every event
cli-arg-export-output = Write to this file instead of standard output
cli-about-phrases = Search the phrasebook and print filled phrases, best first (in the language of --lang, else the open incident's, else the configuration's)
cli-arg-phrases-query = Words that must each match, in any order (all phrases when empty)
cli-arg-phrases-stage = Only phrases of this stage (prepare, acknowledge, update, workaround, boundaries, resolve, follow-up, learn)
cli-arg-phrases-limit = How many phrases to print
cli-arg-phrases-copy = Copy the first phrase to the clipboard
cli-arg-phrases-incident = Fill from (and log the copy on) this incident: id or an unambiguous prefix
cli-arg-phrases-one-line = Print and copy each phrase as one line (lines trimmed and joined by spaces), for a shell or a chat box that sends on Enter
cli-arg-phrases-json = Print JSON instead of text
cli-arg-phrases-phrasebooks = Add this phrasebook file for this run (may be repeated)
cli-about-compose = A whole message for a channel and an audience, from the incident (in its language unless --lang says otherwise); --copy copies it and records it as sent (refused while a value is missing)
cli-arg-compose-channel = email, status, chat or voicemail
cli-arg-compose-audience = client, users, exec, angry or team
cli-arg-compose-status = Compose for this status rather than the incident's: investigating, identified, monitoring, resolved
cli-arg-compose-incident = Incident id or an unambiguous prefix (the latest open one by default)
cli-arg-compose-phrase = A phrase to use for the part(s) it fills (repeat for several)
cli-arg-compose-copy = Copy the message and record it as sent
cli-arg-compose-format = `json`: the parts, the phrase of each, the text and what is missing
cli-about-lint = Check a draft's tone against the source texts' advice: blame, non-apologies, vague impact, promises that cannot hold, a next update already past… Exit 1 on an error
cli-arg-lint-file = The draft: a file, or - for standard input
cli-arg-lint-audience = Who reads it: client, users, exec, angry or team
cli-arg-lint-channel = Where it goes: email, status, chat or voicemail (any, by default)
cli-arg-lint-severity = The incident's severity, 1 to 4: a next update further off than its pace is found
cli-arg-lint-format = `human`: each finding with its line and a caret under it; `line`: `path:line:col:level:rule:message`; `json`
cli-arg-lint-min-level = Leave out findings below this level: suggestion, warning or error
cli-arg-lint-no-exit = Exit 0 whatever is found
cli-arg-lint-fix = Print the text with every replacement the rules offer made
cli-arg-lint-list-rules = List the rules (with `--format json`: every field)
cli-arg-lint-print-config = Which rules are on, at which level, from which file
cli-arg-lint-self-test = Run every rule's own examples
cli-about-impact = Say an impact right: `crisis impact 3 1000` prints "3 of 1,000 users affected (0.3%); 99.7% working normally" (`crisis set impact 3/1000` gives it to {"{"}impact{"}"})
cli-arg-impact-affected = How many are affected
cli-arg-impact-total = How many there are in all
cli-arg-impact-format = `json`: affected, total, both shares as decimal strings, the sentence in each language
cli-about-share = Share the incidents folder through `git`: a repository (or the one it is in), a merge driver that unites journals by event id, private files
cli-about-share-init = Make the incidents folder a `git` repository (or use the one it is in), install the journal merge driver; safe to run again
cli-arg-share-init-remote = The repository the team shares, added as `origin`
cli-about-sync = Commit the journals that changed, `git pull --rebase`, push (the configuration, credentials and hooks of `git` apply)
cli-about-doctor = Check every journal: torn lines, repeated events, conflicting ones, conflict markers, newer formats. Exit 0 when healthy, 1 otherwise
cli-arg-doctor-incident = Incident id or an unambiguous prefix (every incident by default)
cli-about-merge-driver = What `git` runs to merge two copies of a journal (installed by `crisis share init`)
cli-arg-merge-driver-base = The common ancestor (unused: a journal only grows)
cli-arg-merge-driver-ours = Ours, where the merged journal is written
cli-arg-merge-driver-theirs = Theirs
cli-about-check = Validate phrasebook files (the built-in ones when none is given)
cli-arg-check-files = Phrasebook files (TOML)
cli-about-completions = Print shell completions
cli-arg-completions-shell = `bash`, `zsh`, `fish`, `elvish` or `powershell`

## The names of values in the help (<TITLE>, <WHEN>)

cli-value-affected = AFFECTED
cli-value-audience = AUDIENCE
cli-value-base = BASE
cli-value-channel = CHANNEL
cli-value-client = CLIENT
cli-value-file = FILE
cli-value-files = FILES
cli-value-format = FORMAT
cli-value-id = ID
cli-value-incident = INCIDENT
cli-value-key = KEY
cli-value-kind = KIND
cli-value-lang = LANG
cli-value-limit = LIMIT
cli-value-min-level = LEVEL
cli-value-ours = OURS
cli-value-output = OUTPUT
cli-value-phrase = PHRASE
cli-value-query = QUERY
cli-value-remote = REMOTE
cli-value-severity = SEVERITY
cli-value-shell = SHELL
cli-value-stage = STAGE
cli-value-status = STATUS
cli-value-text = TEXT
cli-value-theirs = THEIRS
cli-value-title = TITLE
cli-value-total = TOTAL
cli-value-value = VALUE
cli-value-when = WHEN
