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

status-investigating = analyse en cours
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
said-not-started = le système n'a pas pu le lancer : trop de tâches sont en cours ; réessayez
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
said-lang-switched = désormais en français ; le titre et les détails restent tels que vous les avez tapés ({ $key } en change un)
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

## Pourquoi une correction est refusée (`d` dans le poste, `crisis set`)

refuse-empty-title = un titre ne peut pas être vide
refuse-unknown-key = `{ $key }` ne se renseigne pas ; les clés sont { $keys }
refuse-not-a-cadence = `{ $value }` n'est pas un rythme (essayez 45m ou 1h)
refuse-cadence-range = un rythme va d'une minute à une semaine, pas `{ $value }`
refuse-not-a-time = `{ $value }` n'est pas une heure (essayez 09:02)
refuse-not-a-status = `{ $value }` n'est pas un état ({ $names })
refuse-not-a-severity = `{ $value }` n'est pas une gravité (de 1, la plus grave, à 4, ou de SEV1 à SEV4)
impact-zero-total = le total est 0 : donnez combien il y en a en tout
impact-more-than-total = { $affected } touchés, c'est plus que le total ({ $total })
impact-negative = `{ $value }` est négatif : donnez combien sont touchés, sur combien
impact-too-large = `{ $value }` est un nombre trop grand

## What the system says of a file (io errors), after the file's name

io-not-found = fichier ou dossier introuvable
io-permission-denied = accès refusé
io-already-exists = il existe déjà
io-storage-full = le disque est plein
io-quota-exceeded = le quota de disque est atteint
io-read-only = le disque est en lecture seule
io-is-a-directory = c'est un dossier, pas un fichier
io-not-a-directory = une partie du chemin n'est pas un dossier
io-too-large = le fichier est trop gros
io-busy = le fichier est occupé
io-timed-out = le système a mis trop de temps à répondre
io-interrupted = interrompu
io-broken-pipe = l'autre bout a cessé de lire
io-unexpected-eof = le fichier s'arrête trop tôt
io-not-utf8 = ce n'est pas du texte en UTF-8
io-no-device = aucun périphérique à cette adresse
io-not-empty = le dossier n'est pas vide
io-stale = le fichier réseau n'est plus là (descripteur périmé)
io-crosses-devices = impossible de le déplacer d'un disque à un autre
io-too-many-links = trop de liens
io-bad-name = ce nom n'est pas valide ici
io-try-again = le système est occupé : réessayez
io-out-of-memory = mémoire épuisée
io-unsupported = le système ne permet pas cette opération
io-write-zero = rien n'a pu être écrit
io-not-seekable = impossible de le lire à partir d'un endroit donné
io-deadlock = deux verrous s'attendent l'un l'autre
io-too-long = la ligne de commande est trop longue
io-too-many-files = trop de fichiers ouverts
io-disk = le disque n'a pas pu lire ou écrire (erreur d'entrée-sortie)
io-loop = trop de liens symboliques, ou une boucle de liens
io-invalid = le système a refusé la demande comme invalide
# Any other error of the system: its number, and its own text (in English).
io-other = erreur du système n° { $code } ({ $error })

## Sharing the incidents through git (crisis share init, crisis sync, S in the cockpit)

share-made-repository = { $dir } est désormais un dépôt git
share-shared = { $dir } est partagé par git ; les journaux se fusionnent par identifiant d'événement (`crisis sync` valide, récupère et envoie)
share-committed = modifications validées
share-in-step = à jour avec `origin/{ $branch }`
share-no-remote = pas encore de dépôt distant (`crisis share init --remote URL`)
# $error is what git said, in its own words.
share-git-failed = `{ $command }` a échoué : { $error }
share-no-git = `{ $command }` n'a pas pu se lancer ({ $error }) : git est-il installé ?
share-not-shared = { $dir } n'est pas encore partagé : lancez d'abord `crisis share init`

## What crisis doctor finds in a journal, line by line, and why a line is unreadable

doctor-conflict-marker = une marque de conflit de fusion, laissée par un clone sans le pilote de fusion de crisis (`crisis share init` l'installe)
doctor-torn = un dernier événement incomplet (une écriture a été interrompue) ; il n'a jamais compté
doctor-newer = un événement au format { $version }, plus récent que ce crisis ({ $ours }) : mettez crisis à jour
doctor-unreadable = illisible : { $why }
doctor-again = l'événement de la ligne { $first }, mot pour mot : il ne compte qu'une fois
doctor-differs = l'événement { $id } diffère de celui de même identifiant à la ligne { $first }
journal-not-json = ce n'est pas du JSON (à partir de la colonne { $column })
journal-missing-field = il manque le champ `{ $field }`
journal-unknown-kind = type d'événement inconnu `{ $kind }`
journal-not-an-event = du JSON, mais pas un événement de crisis (colonne { $column })
journal-corrupt = { $why } ; le journal n'a pas été modifié
journal-conflict = l'événement { $id } diffère de celui de même identifiant à la ligne { $first } ; le journal n'a pas été modifié (`crisis doctor` montre les deux)
journal-torn-skipped = événement incomplet ignoré (une écriture a été interrompue)
store-skipped = incident { $id } ignoré : { $error }
state-empty = le journal est vide
state-not-opened = le journal ne commence pas par un événement `opened`
draft-not-saved = impossible d'enregistrer le brouillon : { $error }
draft-not-read = impossible de lire le brouillon (laissé tel quel) : { $error }
draft-damaged = le brouillon est abîmé (laissé tel quel)
merge-unreadable = pas un événement de crisis : { $why }
merge-conflict = l'événement { $id } ne se lit pas de la même façon dans { $first } et { $second }
merge-ours = notre copie
merge-theirs = leur copie

## A phrasebook's problems (crisis check, the warnings at start), each after file:line:column

book-cannot-read = lecture impossible : { $why }
book-not-utf8 = UTF-8 invalide : enregistrez le fichier en UTF-8
# $why is what the TOML reader said of the value.
book-value = `{ $field }` : { $why }
book-unknown-field = champ inconnu `{ $field }` (attendus : { $known })
book-not-a-table = { $entry ->
    [file] le fichier
    [step] une étape
   *[phrase] une phrase
} doit être une table, pas { $found }
book-not-a-list = `{ $field }` doit être une liste de tables, pas { $found }
book-missing = { $entry ->
    [file] le fichier
    [step] une étape
   *[phrase] une phrase
} n'a pas de champ `{ $field }`
book-empty = le champ `{ $field }` { $entry ->
    [file] du fichier
    [step] d'une étape
   *[phrase] d'une phrase
} est vide
book-duplicate = { $entry ->
    [file] un fichier
    [step] une étape
   *[phrase] une phrase
} d'identifiant `{ $id }` existe déjà dans ce fichier
book-misspelt-tag = étiquette inconnue `{ $tag }` : vouliez-vous dire `{ $meant }` ?
book-no-such-phrase = l'étape renvoie à la phrase `{ $id }`, qui n'existe nulle part
book-empty-fallback = `{ $token }` : rien après `|` pour dire quoi écrire sans valeur
book-unknown-placeholder = paramètre inconnu `{ $token }` (connus : { $known })
book-unclosed = une `{"{"}` que rien ne ferme : écrivez un paramètre ainsi : {"{"}nom{"}"}
book-unopened = une `{"}"}` que rien n'a ouverte

## What the TOML reader says, in the user's language (English keeps the reader's own words)

toml-or = ou
toml-expected = { $what } ; attendu : { $expected }
toml-unknown-value = valeur inconnue `{ $value }` ; attendu : { $expected }
toml-wrong-type = mauvais type : { $found }, alors qu'il faut { $expected }
toml-found-value = { $kind } (`{ $value }`)
toml-missing-field = il manque le champ `{ $field }`
toml-type-string = une chaîne de caractères
toml-type-integer = un entier
toml-type-float = un nombre décimal
toml-type-boolean = vrai ou faux
toml-type-array = une liste
toml-type-table = une table
toml-type-datetime = une date et une heure
toml-duplicate-key = clé en double
toml-no-value = clé sans valeur
toml-unquoted-string = un texte doit être entre guillemets
toml-invalid-string = texte mal formé
toml-unclosed-table = table de tableau non fermée
toml-unclosed-array = liste non fermée
toml-unclosed-inline-table = table en ligne non fermée
toml-array-comma = il manque une virgule entre les éléments de la liste
toml-pair-comma = il manque une virgule entre les paires clé-valeur
toml-missing-equals-or-quote = il manque un `=` ou un guillemet
toml-extra-comma = virgule en trop
toml-extra-equals = `=` en trop
toml-invalid-key = clé invalide
toml-unexpected = contenu inattendu
toml-bad-comment = contenu inattendu dans un commentaire
toml-bare-cr = un retour chariot doit être suivi d'un saut de ligne
toml-bad-escape = séquence d'échappement invalide
toml-invalid-value = valeur invalide
toml-bad-number = nombre mal écrit
toml-too-deep = imbrication trop profonde

## A user's tone rules that cannot be used (lint.toml)

rule-wrong = { $file }: règle `{ $id }` : { $why }
rule-twice = donnée deux fois dans ce fichier
rule-bad-id = un identifiant s'écrit en minuscules, chiffres et tirets (kebab-case)
rule-needs = une nouvelle règle a besoin de `{ $field }`
rule-kind-needs = une règle de type { $kind } a besoin de `{ $field }`
rule-empty-list = une liste vide ne s'appliquerait jamais
rule-unknown-name = public ou canal inconnu : `{ $name }`
# $error is what the regular expression compiler said, in English.
rule-bad-pattern = motif invalide `{ $pattern }` (selon le moteur d'expressions régulières : { $error })
rule-bad-pattern-at = motif invalide `{ $pattern }` : { $what } (au caractère { $at })
regex-unclosed-group = un groupe ouvert par `(` n'est jamais fermé
regex-unopened-group = une `)` ferme un groupe qui n'a jamais été ouvert
regex-unclosed-class = une classe ouverte par `[` n'est jamais fermée
regex-bad-range = un intervalle de classe va d'un caractère plus grand à un plus petit, ou n'est pas un intervalle
regex-bad-escape = un échappement par `\` que le lecteur d'expressions régulières ne connaît pas
regex-bad-repetition = une répétition (`*`, `+`, `?`, `{"{"}…{"}"}`) sans rien à répéter, ou un nombre qui n'en est pas un
regex-look-around = les assertions avant et arrière (`(?=`, `(?!`, `(?<=`, `(?<!`) ne sont pas prises en charge
regex-backreference = les références arrière (`\1`) ne sont pas prises en charge
regex-bad-flag = une option dans `(?…)` inconnue, répétée ou incomplète
regex-bad-group-name = un nom de groupe vide, invalide ou donné deux fois
regex-unknown-class = une classe Unicode qui n'existe pas
regex-too-deep = des groupes imbriqués trop profondément, ou trop nombreux
rule-built-in-patterns = les motifs d'une règle intégrée ne se modifient pas : désactivez-la (`level = "off"`) et ajoutez-en une sous un nouvel identifiant

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
clip-why-no-display = aucun serveur d'affichage n'a répondu
clip-why-not-supported = cet affichage n'a pas de presse-papiers que crisis sache utiliser
clip-why-occupied = un autre programme tient le presse-papiers
clip-why-taken-at-once = un gestionnaire de presse-papiers a aussitôt remplacé le texte
clip-why-not-in-time = le presse-papiers n'a pas pris le texte à temps
clip-why-stopped-early = le processus du presse-papiers s'est arrêté trop tôt
clip-why-no-child = impossible de lancer le processus du presse-papiers : { $error }
clip-system-failed = le presse-papiers du système n'est pas disponible : { $why }
clip-no-terminal = pas de terminal où envoyer la séquence OSC 52 : { $error }
clip-command-failed = la commande de presse-papiers `{ $command }` a échoué : { $why }
clip-command-exited = elle s'est terminée avec le code { $code }
clip-command-killed = un signal l'a arrêtée
clip-both-failed = { $system } ; et { $terminal }
clip-no-command = `clipboard = "command"` demande `clipboard_command` dans `config.toml`, par exemple `"wl-copy"`

## ---------------------------------------------------------------------------------------------
## Command line (src/cli, src/main.rs) and the exports (src/present/export.rs)
## ---------------------------------------------------------------------------------------------

# Chaque ligne que la ligne de commande écrit commence par son nom quand c'est une remarque.
cli-error = crisis : { $error }
cli-warning = crisis : attention : { $text }
cli-note = crisis : { $text }
cli-default-settings = { $error } ; réglages par défaut utilisés
cli-default-rules = { $error } ; règles de ton intégrées utilisées
cli-indexing = crisis : lecture et indexation du recueil de phrases (premier lancement depuis sa modification)…

## Ce que la ligne de commande refuse, et pourquoi

cli-error-no-home = impossible de trouver un dossier pour les fichiers de crisis ; définissez CRISIS_HOME
at-line = ligne { $line } : { $error }
config-zero = { $name } doit valoir au moins 1 (en minutes)
cli-error-bad-now = { $var }=`{ $text }` n'est pas une heure que crisis sait lire : { $why } ; donnez-en une comme 2026-11-24T09:30:00+01:00
clock-why-out-of-range = un nombre sort des limites (un mois 13, une heure 25)
clock-why-too-short = elle s'arrête trop tôt (il faut les secondes et le décalage horaire)
clock-why-too-long = quelque chose suit l'heure
clock-why-invalid = un caractère se trouve là où il faut un chiffre ou un séparateur
store-not-found = aucun incident ne correspond à `{ $id }` (voir `crisis list --all`)
store-ambiguous = `{ $prefix }` correspond à plusieurs incidents : { $matches } ; donnez une plus grande partie de l'identifiant
store-no-open-incident = aucun incident ouvert (ouvrez-en un avec `crisis new TITRE`)
store-newer-unreadable = l'incident { $id }, plus récent que celui qui serait utilisé, est illisible ; réparez-le, ou nommez l'incident voulu : { $error }
cli-error-copy = copie impossible : { $error }
cli-error-empty-title = le titre est vide
cli-error-empty-text = le texte est vide
cli-error-too-long = le texte fait { $bytes } octets ; un événement en contient au plus 64 Kio (65 536 octets)
cli-error-already-resolved = { $id } est déjà résolu
cli-error-not-resolved = { $id } est ouvert : il n'y a rien à rouvrir
cli-error-nothing-to-reopen = aucun incident pour l'instant, donc rien à rouvrir (`crisis list --all`)
cli-error-not-a-time = `{ $text }` n'est pas une heure (essayez `14:30`, `14 h 30`, `dans 20 min` ou `in 20 min`)
cli-error-already-past = `{ $text }` est déjà passé : une promesse porte sur l'avenir
cli-error-next-without-update = `--next` va avec `--kind update`
cli-error-merge = impossible de fusionner les journaux : { $error }
cli-error-nothing-to-undo = rien à annuler : l'incident ne contient que son ouverture
cli-error-no-follow-up = aucune relance ne reste à faire
cli-error-unfilled = { $names } { $count ->
    [one] non rempli
   *[other] non remplis
}, donc rien n'a été copié : { $count ->
    [one] donnez-lui une valeur
   *[other] donnez-leur une valeur
} avec `crisis set NOM VALEUR`
cli-error-not-numbers = `{ $text }` ne sont pas deux nombres entiers (combien sont touchés, sur combien)
cli-error-inside-incidents = est dans le dossier des incidents ; écrivez l'export ailleurs
cli-error-not-utf8 = ce n'est pas du texte UTF-8 (l'octet { $byte } n'est pas valide)

## Incidents : liste, corrections, annulation, résolution, réouverture, état

cli-list-open = ouvert depuis { $span }
cli-list-resolved-after = résolu en { $span }
cli-set = { $key } : { $value }
cli-undo = annulé : { $label } à { $time } : { $what }
cli-undo-bare = annulé : { $label } à { $time }
cli-resolved = { $id } résolu
cli-reopened = { $id } rouvert : { $status }
cli-status-set = { $id } : { $status }

## Quand le prochain point client est attendu

cli-cadence-resolved = résolu : aucun point n'est attendu
cli-cadence-due = prochain point attendu à { $time } ({ $when })
cli-cadence-ok = dans les temps, { $left }
cli-cadence-soon = bientôt, { $left }
cli-cadence-by-promise = fixé par la promesse « { $words } »{ $approximate ->
    [true] , donnée approximativement
   *[false] {""}
}
cli-cadence-by-pace = fixé par le rythme d'un { $severity } à l'état « { $status } » : toutes les { $span }
cli-parse-approximate = approximatif
cli-parse-past = crisis : « { $words } » est déjà passé : aucune promesse
cli-parse-none = crisis : aucune promesse d'heure dans ce texte

## Relances et dates (« mercredi 02 décembre 10:00 »)

cli-follow-up-added = relance prévue le { $when } : { $what }
cli-follow-up-done = faite : { $what }
cli-follow-up-due-now = (à faire maintenant)
cli-date = { $weekday } { $day } { $month } { $time }
cli-weekday-1 = lundi
cli-weekday-2 = mardi
cli-weekday-3 = mercredi
cli-weekday-4 = jeudi
cli-weekday-5 = vendredi
cli-weekday-6 = samedi
cli-weekday-7 = dimanche
cli-month-1 = janvier
cli-month-2 = février
cli-month-3 = mars
cli-month-4 = avril
cli-month-5 = mai
cli-month-6 = juin
cli-month-7 = juillet
cli-month-8 = août
cli-month-9 = septembre
cli-month-10 = octobre
cli-month-11 = novembre
cli-month-12 = décembre

## Phrases, messages, copies

cli-no-incident-to-fill = { $error } ; phrases remplies sans incident
cli-no-phrase = crisis : aucune phrase ne correspond à `{ $query }` en { $lang }
cli-copied = crisis : { $phrase } : { $said }
cli-many-lines = la phrase copiée fait { $lines } lignes : collée dans un terminal, chacune s'exécute séparément ; --one-line la copie sur une seule ligne
cli-recorded-update-promise = crisis : enregistré comme le point client envoyé (il annonce le prochain)
cli-recorded-update = crisis : enregistré comme le point client envoyé
cli-message-copied = crisis : le message : { $said }
cli-empty-part = aucune phrase du recueil ne remplit la partie `{ $part }`

## Vérifications : recueils, journaux, brouillons

cli-check-ok = { $count ->
    [one] { $count } fichier vérifié
   *[other] { $count } fichiers vérifiés
}, aucun problème
cli-book-skipped = { $problem } (cette entrée ou ce fichier a été ignoré)
cli-check-problems = { $count ->
    [one] { $count } problème trouvé
   *[other] { $count } problèmes trouvés
} ; { $count ->
    [one] corrigez-le
   *[other] corrigez-les
} et relancez `crisis check` (en attendant, le cockpit ignore les entrées défectueuses)
cli-doctor-healthy = crisis : { $count ->
    [one] { $count } journal, sain
   *[other] { $count } journaux, tous sains
}
cli-doctor-findings = crisis : { $found ->
    [one] { $found } problème
   *[other] { $found } problèmes
} dans { $count ->
    [one] { $count } journal
   *[other] { $count } journaux
}
cli-lint-summary = { $name } : { $errors ->
    [one] { $errors } erreur
   *[other] { $errors } erreurs
}, { $warnings ->
    [one] { $warnings } avertissement
   *[other] { $warnings } avertissements
}, { $suggestions ->
    [one] { $suggestions } suggestion
   *[other] { $suggestions } suggestions
}
cli-lint-file = # { $lang } : { $path } ({ $read ->
    [true] lu
   *[false] absent
})
cli-level-suggestion = suggestion
cli-level-warning = avertissement
cli-level-error = erreur
cli-lint-missed = non trouvé dans
cli-lint-found = trouvé dans
cli-lint-self-test = { $passed } réussis, { $failed } échoués

## Le bilan d'incident en Markdown (crisis export)

export-title = Bilan d'incident : { $title }
export-incident = Incident
export-client = Client
export-severity = Gravité
export-status = État
export-start = Début
export-end = Fin
export-still-open = toujours ouvert
export-duration = Durée
export-so-far = { $span } pour l'instant
export-timeline = ## Chronologie
export-timeline-columns = | Heure | Événement | Détail |
export-communication = ## Communication avec le client
export-updates-sent = Points client envoyés : { $count }
export-first-contact = Délai avant le premier contact client : { $span }
export-none-recorded = aucun enregistré
export-longest-silence = Plus longue période sans point client : { $span }
export-pace = le rythme d'un { $severity } à l'état « { $status } » : { $span }
export-promises = ## Promesses
export-promises-none = Aucune enregistrée.
export-promises-columns = | Faite à | Promise pour | Mots | Tenue |
export-kept-yes = oui, point à { $time }
export-kept-no = non : le point suivant est arrivé plus tard
export-kept-late = pas encore : en retard
export-kept-pending = en attente
export-about = { $time } (environ)
export-follow-ups = ## Relances
export-follow-ups-none = Aucune prévue.
export-due = pour le { $date }
export-steps = ## Étapes de la procédure
export-steps-done = { $done } sur { $count } { $done ->
    [one] faite
   *[other] faites
}.
export-step-skipped = { $stage }, ne s'applique pas ici
export-phrases = ## Phrases utilisées
export-phrases-none = Aucune.
# « 09:41 : les mots envoyés », « 09:12 une-phrase (en) : ses mots »
export-said = { $what } : { $text }
export-learn = ## Ce que nous en retenons
export-learn-well = Ce qui a bien marché :
export-learn-change = Ce qu'il faut changer pour que cela ne se reproduise pas :
export-learn-feedback = Retour demandé au client :

## L'aide de la ligne de commande (crisis --help) et ce que clap ne peut pas lire

cli-help-usage = Utilisation :
cli-help-commands = Commandes
cli-help-arguments = Arguments
cli-help-options = Options
cli-help-command-value = COMMANDE
cli-help-default = [par défaut : { $value }]
cli-help-values = [valeurs possibles : { $values }]
cli-usage-unknown-argument = argument inattendu : `{ $arg }`
cli-usage-unknown-command = commande inconnue : `{ $command }`
cli-usage-invalid-value = valeur `{ $value }` non valide pour `{ $arg }` (valeurs possibles : { $values })
cli-usage-invalid = valeur `{ $value }` non valide pour `{ $arg }` : { $why }
cli-usage-missing = il manque : { $arg }
cli-usage-missing-command = une commande est attendue
cli-usage-conflict = `{ $arg }` ne peut pas être employé avec `{ $other }`
cli-usage-other = cette ligne de commande est illisible
cli-usage-not-a-lang = langue inconnue : `{ $value }` (attendu : { $values })
cli-usage-not-a-stage = étape inconnue : `{ $value }` (attendu : { $values })
cli-usage-not-a-status = `{ $value }` n'est pas un état ({ $values })
cli-usage-not-a-channel = canal inconnu : `{ $value }` (attendu : { $values })
cli-usage-not-an-audience = public inconnu : `{ $value }` (attendu : { $values })
cli-usage-did-you-mean = vouliez-vous dire `{ $arg }` ?
cli-usage-more = Pour en savoir plus, essayez `--help`.
cli-about = Un cockpit en terminal pour la communication de crise.
cli-about-long = Un cockpit en terminal pour la communication de crise : la chronologie de l'incident, la prochaine action, et la bonne phrase en français ou en anglais, à une touche.

    Sans commande, ouvre le cockpit sur le dernier incident ouvert (ou demande un titre).
cli-about-help = Affiche ce message ou l'aide de la commande donnée
cli-arg-help = Affiche l'aide
cli-arg-version = Affiche la version
cli-arg-lang = La langue de la ligne de commande (`en` ou `fr` ; sinon celle de l'incident, de la configuration, de la locale), et de ce que crée une commande : un nouvel incident, des phrases, un message, la relecture d'un brouillon, la phrase d'un impact
cli-about-new = Ouvre un nouvel incident et affiche son identifiant
cli-arg-new-title = Ce qui se passe, en quelques mots
cli-arg-new-client = Le nom du client, pour {"{"}client{"}"}
cli-arg-new-severity = De 1 (le plus grave) à 4, ou de SEV1 à SEV4
cli-about-log = Ajoute un événement au dernier incident ouvert (ou à celui nommé) ; sort avec 0 une fois l'événement écrit sur le disque
cli-arg-log-text = Ce qui s'est passé
cli-arg-log-kind = Le type d'événement ; `update` enregistre un point client envoyé (le compte à rebours repart ; une promesse dans `TEXTE` comme « prochain point à 14:30 » fixe la prochaine échéance)
cli-arg-log-next = Avec `--kind update` : le prochain point promis, quand `TEXTE` ne le dit pas (`14:30`, `dans 20 min`, `2:30 pm`, `in 20 min`)
cli-arg-log-incident = Identifiant de l'incident ou un préfixe sans ambiguïté
cli-about-list = Liste les incidents ouverts (tous avec --all), du plus récent au plus ancien
cli-arg-list-all = Les incidents résolus aussi
cli-about-open = Ouvre le cockpit sur un incident, ouvert ou résolu (les relances du lendemain d'un incident résolu gardent ses détails)
cli-arg-open-id = Identifiant de l'incident ou un préfixe sans ambiguïté
cli-about-reopen = Rouvre un incident résolu : la situation est revenue (son état repasse à « en cours d'analyse »)
cli-arg-reopen-id = Identifiant de l'incident ou un préfixe sans ambiguïté (par défaut le dernier incident)
cli-arg-reopen-incident = La même chose, sous la forme que prend chaque commande qui agit sur un incident
cli-about-resolve = Marque un incident comme résolu (par défaut le dernier ouvert)
cli-arg-resolve-id = Identifiant de l'incident ou un préfixe sans ambiguïté
cli-arg-resolve-incident = La même chose, sous la forme que prend chaque commande qui agit sur un incident
cli-about-status = Affiche l'état de l'incident, ou le change : `investigating` (en cours d'analyse), `identified` (cause identifiée), `monitoring` (sous surveillance), `resolved` (résolu)
cli-arg-status-status = Le nouvel état (sans lui, affiche l'état actuel)
cli-arg-status-incident = Identifiant de l'incident ou un préfixe sans ambiguïté (par défaut le dernier ouvert)
cli-about-set = Corrige l'incident : `severity` (gravité), `status` (état), `title` (titre), `started` (début), ou un détail (`client`, `contact`, `impact`, `eta`, `workaround`, `me`) ; une `VALEUR` vide efface un détail
cli-arg-set-key = `severity`, `status`, `title`, `started`, ou le nom d'un détail
cli-arg-set-value = La nouvelle valeur : `crisis set severity 1`, `crisis set started 09:02`, `crisis set eta ""`
cli-arg-set-incident = Identifiant de l'incident ou un préfixe sans ambiguïté (par défaut le dernier ouvert)
cli-about-follow-up = Une relance à faire plus tard (`crisis follow-up "appeler Tim pour son avis" --at "demain à 10 h"`), rappelée comme un point client, même après la résolution de l'incident ; sans `TEXTE`, liste les relances restantes ; --done marque la plus proche comme faite
cli-arg-follow-up-text = Ce qu'il faut faire
cli-arg-follow-up-at = Quand : `demain à 10 h`, `14:30`, `dans 2 heures`, `tomorrow at 10:00`
cli-arg-follow-up-done = Marque comme faite la plus proche des relances restantes
cli-arg-follow-up-list = Liste les relances restantes (ce que fait aussi l'absence de `TEXTE`)
cli-arg-follow-up-incident = Identifiant de l'incident ou un préfixe sans ambiguïté (par défaut le dernier ouvert)
cli-about-undo = Annule le dernier événement ajouté par erreur (un point, une case cochée, un détail, une note) ; le journal garde les deux, et l'incident ne compte ni l'un ni l'autre
cli-arg-undo-incident = Identifiant de l'incident ou un préfixe sans ambiguïté (par défaut le dernier ouvert)
cli-about-cadence = Quand le prochain point client est attendu, ce qui a fixé l'échéance, et s'il est en retard (code de sortie 3)
cli-arg-cadence-incident = Identifiant de l'incident ou un préfixe sans ambiguïté (par défaut le dernier ouvert)
cli-arg-cadence-format = `text`, ou `json` pour les scripts
cli-about-cadence-parse = Affiche l'échéance que promet un texte (RFC 3339), ou sort avec 1 s'il n'en promet aucune ; les deux langues sont comprises
cli-arg-cadence-parse-text = « prochain point à 14:30 », « dans une demi-heure », `next update at 14:30`…
cli-about-export = Écrit une ébauche de bilan d'incident (en Markdown, dans la langue de l'incident) ou l'incident entier (en JSON)
cli-arg-export-id = Identifiant de l'incident ou un préfixe sans ambiguïté (par défaut le dernier ouvert)
cli-arg-export-incident = La même chose, sous la forme que prend chaque commande qui agit sur un incident
cli-arg-export-format = `md` : une ébauche de bilan ; `json` : l'état et chaque événement
cli-arg-export-output = Écrit dans ce fichier plutôt que sur la sortie standard
cli-about-phrases = Cherche dans le recueil et affiche les phrases remplies, les meilleures d'abord (dans la langue de --lang, sinon de l'incident ouvert, sinon de la configuration)
cli-arg-phrases-query = Des mots qui doivent tous correspondre, dans n'importe quel ordre (toutes les phrases si aucun)
cli-arg-phrases-stage = Seulement les phrases de cette étape (`prepare`, `acknowledge`, `update`, `workaround`, `boundaries`, `resolve`, `follow-up`, `learn`)
cli-arg-phrases-limit = Combien de phrases afficher
cli-arg-phrases-copy = Copie la première phrase dans le presse-papiers
cli-arg-phrases-incident = Remplit depuis cet incident (et y note la copie) : identifiant ou préfixe sans ambiguïté
cli-arg-phrases-one-line = Affiche et copie chaque phrase sur une seule ligne (lignes rognées et jointes par des espaces), pour un terminal ou une messagerie qui envoie sur Entrée
cli-arg-phrases-json = Affiche du JSON plutôt que du texte
cli-arg-phrases-phrasebooks = Ajoute ce fichier de phrases pour cette fois (peut être répété)
cli-about-compose = Un message complet pour un canal et un public, tiré de l'incident (dans sa langue, sauf si --lang en dit une autre) ; --copy le copie et l'enregistre comme envoyé (refusé tant qu'il manque une valeur)
cli-arg-compose-channel = `email` (courriel), `status` (page d'état), `chat` (messagerie) ou `voicemail` (message vocal)
cli-arg-compose-audience = `client`, `users` (utilisateurs), `exec` (direction), `angry` (client mécontent) ou `team` (équipe)
cli-arg-compose-status = Compose pour cet état plutôt que celui de l'incident : `investigating`, `identified`, `monitoring`, `resolved`
cli-arg-compose-incident = Identifiant de l'incident ou un préfixe sans ambiguïté (par défaut le dernier ouvert)
cli-arg-compose-phrase = Une phrase à utiliser pour la ou les parties qu'elle remplit (à répéter pour plusieurs)
cli-arg-compose-copy = Copie le message et l'enregistre comme envoyé
cli-arg-compose-format = `json` : les parties, la phrase de chacune, le texte et ce qui manque
cli-about-lint = Vérifie le ton d'un brouillon d'après les conseils des textes sources : reproches, fausses excuses, impact flou, promesses intenables, prochain point déjà passé… Sort avec 1 en cas d'erreur
cli-arg-lint-file = Le brouillon : un fichier, ou - pour l'entrée standard
cli-arg-lint-audience = Qui le lit : `client`, `users`, `exec`, `angry` ou `team`
cli-arg-lint-channel = Où il part : `email`, `status`, `chat` ou `voicemail` (n'importe lequel par défaut)
cli-arg-lint-severity = La gravité de l'incident, de 1 à 4 : un prochain point plus lointain que son rythme est signalé
cli-arg-lint-format = `human` : chaque remarque avec sa ligne et un repère dessous ; `line` : `chemin:ligne:colonne:niveau:règle:message` ; `json`
cli-arg-lint-min-level = Écarte les remarques sous ce niveau : `suggestion`, `warning` (avertissement) ou `error` (erreur)
cli-arg-lint-no-exit = Sort avec 0 quoi qu'il trouve
cli-arg-lint-fix = Affiche le texte avec chaque remplacement proposé par les règles
cli-arg-lint-list-rules = Liste les règles (avec `--format json` : tous les champs)
cli-arg-lint-print-config = Quelles règles sont actives, à quel niveau, depuis quel fichier
cli-arg-lint-self-test = Lance les exemples de chaque règle
cli-about-impact = Dit un impact correctement : `crisis impact 3 1000 --lang fr` affiche « 3 utilisateurs sur 1 000 concernés (0,3 %) ; 99,7 % fonctionnent normalement » (`crisis set impact 3/1000` le donne à {"{"}impact{"}"})
cli-arg-impact-affected = Combien sont touchés
cli-arg-impact-total = Combien il y en a en tout
cli-arg-impact-format = `json` : touchés, total, les deux parts en décimal, la phrase dans chaque langue
cli-about-share = Partage le dossier des incidents par `git` : un dépôt (ou celui qui le contient), un pilote de fusion qui réunit les journaux par identifiant d'événement, des fichiers privés
cli-about-share-init = Fait du dossier des incidents un dépôt `git` (ou utilise celui qui le contient), installe le pilote de fusion des journaux ; peut être relancé sans risque
cli-arg-share-init-remote = Le dépôt que partage l'équipe, ajouté sous le nom `origin`
cli-about-sync = Valide les journaux modifiés, lance `git pull --rebase`, pousse (la configuration et les identifiants de `git` s'appliquent, ses crochets aussi)
cli-about-doctor = Vérifie chaque journal : lignes coupées, événements répétés ou contradictoires, marqueurs de conflit, formats plus récents. Sort avec 0 si tout est sain, 1 sinon
cli-arg-doctor-incident = Identifiant de l'incident ou un préfixe sans ambiguïté (par défaut tous les incidents)
cli-about-merge-driver = Ce que `git` lance pour fusionner deux copies d'un journal (installé par `crisis share init`)
cli-arg-merge-driver-base = L'ancêtre commun (inutilisé : un journal ne fait que grandir)
cli-arg-merge-driver-ours = Le nôtre, où le journal fusionné est écrit
cli-arg-merge-driver-theirs = Le leur
cli-about-check = Valide des fichiers de phrases (ceux intégrés si aucun n'est donné)
cli-arg-check-files = Fichiers de phrases (TOML)
cli-about-completions = Affiche les complétions pour le shell
cli-arg-completions-shell = `bash`, `zsh`, `fish`, `elvish` ou `powershell`

## Les noms des valeurs dans l'aide (<TITRE>, <QUAND>)

cli-value-affected = TOUCHÉS
cli-value-audience = PUBLIC
cli-value-base = BASE
cli-value-channel = CANAL
cli-value-client = CLIENT
cli-value-file = FICHIER
cli-value-files = FICHIERS
cli-value-format = FORMAT
cli-value-id = ID
cli-value-incident = INCIDENT
cli-value-key = CLÉ
cli-value-kind = TYPE
cli-value-lang = LANGUE
cli-value-limit = NOMBRE
cli-value-min-level = NIVEAU
cli-value-ours = NÔTRE
cli-value-output = SORTIE
cli-value-phrase = PHRASE
cli-value-query = MOTS
cli-value-remote = DÉPÔT
cli-value-severity = GRAVITÉ
cli-value-shell = SHELL
cli-value-stage = ÉTAPE
cli-value-status = ÉTAT
cli-value-text = TEXTE
cli-value-theirs = LEUR
cli-value-title = TITRE
cli-value-total = TOTAL
cli-value-value = VALEUR
cli-value-when = QUAND
