# crisis : les mots de l'interface en français. Chaque identifiant a son jumeau dans en.ftl
# (tests/messages.rs vérifie les deux sens, et chaque identifiant utilisé par le code).

## Comptes

events = { $count ->
    [one] { $count } événement
   *[other] { $count } événements
}

## Durées et comptes à rebours : une seule forme partout

span-minutes = { $minutes } min
span-hours = { $hours } h
span-hours-minutes = { $hours } h { $minutes }
span-days-hours = { $days } j { $hours } h
countdown-in = dans { $span }
countdown-late = en retard de { $span }

## Où en est l'incident

status-investigating = en cours d'analyse
status-identified = cause identifiée
status-monitoring = sous surveillance
status-resolved = résolu

## La barre d'état

bar-open = ouvert depuis { $span }
bar-next = prochain point client { $left }
bar-due = point client attendu { $left }
bar-late = point client { $late }
bar-next-short = prochain { $left }
bar-due-short = attendu { $left }
bar-resolved-after = résolu en { $span }
bar-resolved = résolu

## Notifications du bureau

notify-follow-up = Relance à faire
notify-late = Point client { $late }
notify-late-body = { $title } : envoyez un point maintenant, même sans nouvelle.

## Le sélecteur d'incidents

switch-all = tous les incidents
switch-open = incidents ouverts
switch-hint = { $open } ouvrir · { $toggle } { $all ->
    [true] résolus aussi
   *[false] ouverts seulement
} · { $close } fermer
switch-reading = lecture des incidents…
switch-none-open = Aucun incident ouvert. { $key } montre les incidents résolus.
switch-update = point { $when }
switch-opening = ouverture de { $id }…

## ---------------------------------------------------------------------------------------------
## Clipboard: how a copy went (src/clipboard.rs reports it, the clients word it)
## ---------------------------------------------------------------------------------------------

clip-system = copié dans le presse-papiers ({ $name })
clip-system-and-terminal = copié dans le presse-papiers ({ $name }) et envoyé au presse-papiers du terminal (OSC 52)
clip-program = copié avec `{ $command }`
clip-osc52 = envoyé au presse-papiers du terminal (OSC 52)
clip-osc52-tmux = envoyé au presse-papiers du terminal par tmux (OSC 52)
clip-osc52-tmux-unknown = envoyé au terminal avec OSC 52 ; tmux n'a pas dit s'il le transmet
# Le set-clipboard de tmux vaut external (par défaut) ou off : rien n'arrive. $fix est la commande tmux.
clip-tmux-blocked = la copie ne peut pas atteindre votre presse-papiers : tmux ignore OSC 52 tant que { $option } vaut { $setting } ; lancez `tmux { $fix }` et ajoutez `{ $fix }` à ~/.tmux.conf
# Le presse-papiers du bureau a échoué et OSC 52 l'a remplacé ; $why est l'erreur, en anglais.
clip-fallback = le presse-papiers { $name } a échoué : { $why }
clip-with-fallback = { $said } ; { $failed }

## ---------------------------------------------------------------------------------------------
## Command line (src/cli, src/main.rs) and the exports (src/present/export.rs)
## ---------------------------------------------------------------------------------------------

