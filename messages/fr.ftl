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

## Les volets du poste de pilotage

pane-timeline = Chronologie
pane-checklist = Prochaines actions
pane-phrasebook = Phrases
pane-keys = Touches
timeline-empty = Aucun incident ouvert pour l'instant. Tapez son titre ci-dessous puis { $key } ; chaque événement sera gardé ici.
timeline-colon = {" : "}
checklist-follow-up = ▸ Relance : { $what }
checklist-follow-up-key = ({ $key } une fois faite)
phrases-none = aucune phrase ne correspond ; { $clear } ou { $widen } pour élargir
phrases-lines = { $lines } lignes, { $key } copie sur une ligne
phrases-step = [étape : { $title } · { $key } l'enlève]
phrases-to-search = pour chercher
too-small = crisis : agrandissez le terminal à { $width } × { $height } au moins (il fait { $w } × { $h })

## Les touches comme le clavier les nomme

keyname-space = espace
keyname-tab = Tab
keyname-backtab = Maj-Tab
keyname-enter = Entrée
keyname-esc = Échap
keyname-backspace = Retour
keyname-home = Début
keyname-end = Fin
keyname-delete = Suppr
keyname-pageup = PgPréc
keyname-pagedown = PgSuiv
keyname-ctrl = Ctrl-{ $key }
keyname-alt = Alt-{ $key }

## Ce que fait chaque touche (aide), et son mot dans le pied de page

verb-help = afficher ou masquer cette aide
verb-focus-next = passer au volet suivant
verb-focus-prev = revenir au volet précédent
verb-up = monter
verb-down = descendre
verb-page-up = monter d'une page
verb-page-down = descendre d'une page
verb-search = chercher dans les phrases
verb-copy = copier la phrase choisie, remplie
verb-copy-one-line = copier la phrase sur une seule ligne, pour un terminal ou une messagerie
verb-confirm = copier la phrase, cocher l'étape, montrer un événement en entier ou enregistrer ce qui est tapé
verb-cancel = fermer la recherche, la question ou l'aide ; enlever le filtre d'étape
verb-add-note = ajouter une note à la chronologie
verb-update-sent = noter qu'un point a été envoyé au client
verb-toggle-step = cocher ou décocher l'étape choisie
verb-followed-up = marquer comme faite la première relance arrivée à échéance
verb-add-follow-up = prévoir une relance : quoi, puis quand (demain à 10 h)
verb-toggle-applies = marquer l'étape choisie comme hors sujet ici, ou de nouveau utile
verb-set-detail = renseigner un détail, par exemple impact = 3 sur 1 000 utilisateurs
verb-compose = rédiger un message complet pour un canal et un public
verb-switch = passer à un autre incident, ouvert ou résolu
verb-sync = synchroniser maintenant les incidents partagés avec git
verb-show-resolved = sélecteur : montrer aussi les incidents résolus, ou non
verb-previous = rédaction : le canal, le public ou la phrase précédente
verb-next = rédaction : le canal, le public ou la phrase suivante
verb-rebuild = rédaction : oublier les retouches et repartir des éléments
verb-toggle-lang = passer du français à l'anglais et inversement
verb-undo = annuler le dernier événement ajouté par erreur (encore : celui d'avant)
verb-quit = quitter (tout est déjà enregistré)
verb-backspace = effacer le caractère avant le curseur
verb-delete-forward = effacer le caractère sous le curseur
verb-delete-word = effacer le mot avant le curseur
verb-delete-to-start = effacer tout ce qui précède le curseur
verb-cursor-left = déplacer le curseur à gauche
verb-cursor-right = déplacer le curseur à droite
verb-word-left = déplacer le curseur d'un mot à gauche
verb-word-right = déplacer le curseur d'un mot à droite
verb-line-start = aller au début
verb-line-end = aller à la fin

key-help = aide
key-focus-next = volet
key-search = chercher
key-copy = copier
key-add-note = note
key-update-sent = point envoyé
key-toggle-step = fait
key-set-detail = détail
key-compose = rédiger
key-switch = incidents
key-sync = synchroniser
key-show-resolved = résolus aussi
key-previous = changer
key-next = changer
key-rebuild = repartir
key-toggle-lang = langue
key-quit = quitter
key-confirm = enregistrer
key-cancel = annuler

## Le pied de page pendant la saisie : ce que fait chaque touche ici

doing-search = recherche en cours
doing-compose = rédaction
doing-draft = retouche du message
doing-switch = choix d'un incident
footer-doing = { $doing } : { $hints }
word-copy = copier
word-done = terminer
word-choose = choisir
word-change = changer
word-edit = retoucher
word-copy-record = copier et noter
word-start-again = repartir
word-close = fermer
word-new-line = à la ligne
word-open = ouvrir
word-create = créer
word-quit = quitter

## L'aide

help-typing = saisie
help-edit-as-shell = modifier comme dans un terminal : { $keys }
help-saved = Chaque événement est enregistré dès qu'il a lieu. { $help } ou { $cancel } ferme l'aide.
help-mouse = Souris : un clic choisit un volet et une ligne, la molette fait défiler ; gardez Maj enfoncée pour sélectionner du texte comme d'habitude.

## Les questions

prompt-new-incident = Nouvel incident :{" "}
prompt-note = Note :{" "}
prompt-detail = Renseigner (impact = …, gravité = 1, titre = …, début = 09:02) :{" "}
prompt-update = Point envoyé, ce qui a été dit (Entrée seule : rien à ajouter) :{" "}
prompt-promise = Prochain point promis (14:30, dans 20 min) :{" "}
prompt-follow-up = Relancer plus tard, pour quoi (appeler Tim pour son avis) :{" "}
prompt-follow-up-when = Quand (demain à 10 h, 16:00) :{" "}
prompt-fill = À copier :{" "}
prompt-fill-value = À copier, {"{"}{ $name }{"}"} ({ $description }{ $more ->
    [0] {""}
   *[other] , encore { $more } après
}) :{" "}

## Ce que le poste de pilotage dit dans son pied de page

said-journal-reread = le journal a changé sur le disque (une synchronisation) : relu
said-journal-unreadable = le journal a changé sur le disque et ne peut pas être lu : { $why }
said-incident-opened = incident ouvert : { $title }
said-synced = synchronisé : { $said }
said-sync-failed = la synchronisation a échoué : { $why }
said-sync-running = une synchronisation est déjà en cours
said-syncing = synchronisation…
said-sync-timeout = git n'a pas fini en { $seconds } s
said-no-phrase = aucune phrase choisie
said-phrase-gone = cette phrase n'est plus dans le recueil
said-recorded-as-update = { $said } ; noté comme point envoyé ({ $key } l'annule)
said-not-filled = { $said }, mais { $names } reste à remplir : { $key } pour le renseigner
said-promised = point client noté ; le prochain est promis à { $at }
said-time-passed = { $text } est déjà passé
said-not-a-time = « { $text } » n'est pas une heure : essayez 14:30 ou dans 20 min
said-follow-up-planned = relance prévue { $at } : { $what }
said-not-a-time-ahead = « { $text } » n'est pas une heure à venir : essayez demain à 10 h
said-type-a-value = tapez une valeur, ou { $key } pour ne rien copier
said-set = renseigné : { $said }
said-not-saved = non enregistré : { $why }
said-no-follow-up = aucune relance n'est due
said-too-long = non inséré : { $bytes } octets rendraient le texte plus long que 64 Kio
said-value-missing = rien n'a été copié : il manquait une valeur
said-nothing-to-undo = rien à annuler
said-undone = annulé : { $said } ({ $key } encore annule celui d'avant)
said-create-failed = impossible de créer l'incident : { $why }
said-copy-timeout = le presse-papiers n'a pas répondu en { $seconds } s
said-copy-failed = copie impossible : { $why } ; le texte est dans l'aperçu
said-draft-kept = brouillon gardé : { $key } le fait revenir
said-draft-back = votre brouillon est revenu
said-title-back = le titre tapé la dernière fois est revenu : Entrée crée l'incident
said-more-warnings = (+{ $count } autres : `crisis check`)
note-detail-unset = détail non renseigné : { $text }

## Les notes que le poste écrit dans le journal s'il se ferme sur quelque chose d'inachevé

note-update-unconfirmed = point non confirmé : { $text }
note-follow-up-unplanned = relance non prévue : { $text }
note-not-copied = non copié ; tapé pour {"{"}{ $name }{"}"} : { $text }

## La rédaction

compose-title = Rédiger : { $channel } pour { $audience }
compose-hint = { $edit } retoucher · { $copy } copier et noter · { $close } fermer
compose-editing = texte en cours de retouche
compose-edited = retouché à la main
compose-as-parts = tel que les éléments le donnent
compose-tone-quiet = ton : rien à signaler
compose-more-findings = … encore { $count } (`crisis lint` les montre toutes)
compose-channel = canal
compose-audience = public
compose-no-sentence = (aucune phrase ne convient)
compose-draft-back = votre brouillon de { $at } est revenu ({ $key } repart des éléments)
compose-started-again = reparti des éléments
compose-edited-stays = le texte a été retouché à la main et le reste : { $key } repart des éléments
compose-no-other = aucune autre phrase ne convient à cet élément
compose-tone-errors = les règles de ton trouvent { $count ->
    [one] une erreur
   *[other] { $count } erreurs
} ({ $rules }) : { $key } encore l'envoie quand même

## Canaux, publics, éléments d'un message et niveaux du correcteur de ton

channel-email = courriel
channel-status = page d'état
channel-chat = messagerie
channel-voicemail = message vocal
audience-client = client
audience-users = utilisateurs
audience-exec = direction
audience-angry = client en colère
audience-team = équipe
slot-greeting = salutation
slot-apology = excuses
slot-impact = impact
slot-doing = actions
slot-workaround = contournement
slot-next-update = prochain point
slot-contact = contact
slot-closing = conclusion
level-suggestion = suggestion
level-warning = attention
level-error = erreur

## Ce que chaque champ représente, quand une copie demande sa valeur

placeholder-client = l'organisation cliente (le client de l'incident)
placeholder-contact = la personne à qui vous parlez
placeholder-incident = le titre de l'incident
placeholder-impact = l'impact mesuré, par exemple « 3 utilisateurs sur 1 000 ne peuvent pas se connecter »
placeholder-eta = quand la correction est attendue
placeholder-next-update = l'heure du prochain point client (d'après le rythme des points)
placeholder-me = votre nom (réglage `me`, ou $USER)
placeholder-workaround = la solution proposée en attendant
placeholder-started = quand l'incident a commencé
placeholder-phone = le numéro où vous rappeler (réglage `phone`)
placeholder-feature = la fonction coupée ou perdue, par exemple « le paiement en ligne »
placeholder-sponsor = la personne au-dessus de votre contact : son commanditaire, ou son propre client
placeholder-e = « e » si le réglage `gender = "feminine"`, rien sinon (« désolé{"{"}e{"}"} »)

## Les événements tels que la chronologie et le bilan les nomment

event-opened = ouvert
event-note = note
event-contact = contact
event-decision = décision
event-update-sent = point envoyé
event-step-done = fait
event-step-undone = défait
event-step-skipped = hors sujet
event-step-applies = de nouveau utile
event-phrase-copied = copié
event-detail-set = renseigné
event-lang-changed = langue
event-resolved = résolu
event-status-changed = état
event-severity-changed = gravité
event-title-changed = titre
event-start-corrected = début
event-retracted = annulé
event-cadence-set = rythme
event-follow-up = relance
event-follow-up-done = relance faite
event-follow-up-due = { $what } (pour { $due })
event-cadence-every = un point toutes les { $minutes } min
event-cadence-default = le rythme de sa gravité
event-taken-back = { $label } à { $at } : { $what }
event-taken-back-bare = { $label } à { $at }
event-not-in-journal = un événement absent de ce journal ({ $id })
weekday-0 = lundi
weekday-1 = mardi
weekday-2 = mercredi
weekday-3 = jeudi
weekday-4 = vendredi
weekday-5 = samedi
weekday-6 = dimanche

## Les étapes d'une crise

stage-prepare = préparer
stage-acknowledge = reconnaître
stage-update = informer
stage-workaround = contourner
stage-boundaries = poser des limites
stage-resolve = résoudre
stage-follow-up = relancer
stage-learn = apprendre
checklist-why = { $stage } :{" "}

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

