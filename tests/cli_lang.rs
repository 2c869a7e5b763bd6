//! The command line speaks `--lang`, else the incident's language, else config's, else the
//! locale's: run through the binary, with a French locale, a French flag, a French incident.

mod common;

use std::process::Output;

use common::Home;

/// `crisis ARGS…` at a fixed time with `env` set; stdout, stderr and the exit code.
fn run(home: &Home, env: &[(&str, &str)], at: &str, args: &[&str]) -> (String, String, i32) {
    let mut cmd = home.command();
    cmd.env("CRISIS_NOW", format!("2026-11-24T{at}:00+01:00"));
    for (k, v) in env {
        cmd.env(k, v);
    }
    let out: Output = cmd.args(args).output().unwrap();
    (
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
        out.status.code().unwrap_or(-1),
    )
}

const FRENCH: &[(&str, &str)] = &[("LANG", "fr_FR.UTF-8")];

/// Words that would give English away in what the French user reads.
fn no_english(said: &str) {
    for english in [
        "Usage",
        "Commands",
        "Arguments:",
        "Options:",
        "late by",
        "next update",
        "set by",
        "no incident",
        "Print",
        "[default",
        "possible values",
        "unexpected",
        "No such file",
        "os error",
        "out of range",
        "premature",
        "is not a",
    ] {
        assert!(!said.contains(english), "`{english}` in:\n{said}");
    }
}

#[test]
fn a_french_locale_gets_french_everywhere() {
    let home = Home::new();
    // With no `lang` in config.toml, a new incident is in the locale's language too.
    let (id, _, code) = run(
        &home,
        FRENCH,
        "09:00",
        &["new", "Paiement en panne", "--severity", "2"],
    );
    assert_eq!(code, 0);
    let id = id.trim();
    let (list, _, _) = run(&home, FRENCH, "09:12", &["list"]);
    assert!(
        list.contains(&format!(
            "{id}  SEV2  ouvert depuis 12 min  Paiement en panne"
        )),
        "{list}"
    );
    assert!(!list.contains(" open "), "{list}");
    let (status, _, _) = run(&home, FRENCH, "09:12", &["status"]);
    assert_eq!(status, "analyse en cours\n");
    let (cadence, _, code) = run(&home, FRENCH, "09:12", &["cadence"]);
    assert_eq!(code, 0);
    assert_eq!(
        cadence,
        "prochain point attendu à 09\u{a0}h\u{a0}30 (dans les temps, dans 18 min)\n\
         fixé par le rythme d'un SEV2 à l'état « analyse en cours » : toutes les 30 min\n"
    );
    let (late, _, code) = run(&home, FRENCH, "09:37", &["cadence"]);
    assert_eq!(code, 3);
    assert!(
        late.starts_with("prochain point attendu à 09\u{a0}h\u{a0}30 (en retard de 7 min)\n"),
        "{late}"
    );
    no_english(&(cadence + &late));
    let (out, err, code) = run(&home, FRENCH, "09:40", &["status", "--incident", "nope"]);
    assert_eq!((out.as_str(), code), ("", 2));
    assert_eq!(
        err,
        "crisis : aucun incident ne correspond à `nope` (voir `crisis list --all`)\n"
    );
    let (said, _, _) = run(&home, FRENCH, "09:40", &["resolve"]);
    assert_eq!(said, format!("{id} résolu\n"));
    let (md, _, _) = run(&home, FRENCH, "09:41", &["export", id]);
    assert!(
        md.starts_with("# Bilan d'incident : Paiement en panne\n"),
        "{md}"
    );
    assert!(md.contains("\n## Chronologie\n"), "{md}");
}

#[test]
fn the_help_and_clap_errors_speak_the_locale() {
    let home = Home::new();
    let (top, _, code) = run(&home, FRENCH, "09:00", &["--help"]);
    assert_eq!(code, 0);
    assert!(
        top.contains("Utilisation : crisis [OPTIONS] [COMMANDE]"),
        "{top}"
    );
    assert!(top.contains("Commandes :\n  new "), "{top}");
    assert!(
        top.contains("Ouvre un nouvel incident et affiche son identifiant"),
        "{top}"
    );
    no_english(&top);
    let (new, _, _) = run(&home, FRENCH, "09:00", &["new", "--help"]);
    assert!(
        new.contains("Arguments :\n  <TITRE>  Ce qui se passe, en quelques mots"),
        "{new}"
    );
    assert!(new.contains("[par défaut : SEV3]"), "{new}");
    assert!(new.contains("-h, --help"), "{new}");
    no_english(&new);
    let (_, err, code) = run(&home, FRENCH, "09:00", &["list", "--bogus"]);
    assert_eq!(code, 2);
    assert!(
        err.starts_with("crisis : argument inattendu : `--bogus`"),
        "{err}"
    );
    assert!(err.contains("Utilisation : crisis list"), "{err}");
    no_english(&err);
    let (_, err, code) = run(&home, FRENCH, "09:00", &["new", "x", "--severity", "9"]);
    assert_eq!(code, 2);
    assert!(
        err.starts_with(
            "crisis : valeur `9` non valide pour `--severity <GRAVITÉ>` : `9` n'est pas une gravité"
        ),
        "{err}"
    );
    // The English help is the same texts, in English, with clap's own layout.
    let (en, _, _) = run(&home, &[], "09:00", &["new", "--help"]);
    assert!(en.contains("Usage: crisis new [OPTIONS] <TITLE>"), "{en}");
    assert!(en.contains("Options:\n"), "{en}");
    assert!(en.contains("[default: SEV3]"), "{en}");
    assert!(!en.contains("Utilisation"), "{en}");
}

#[test]
fn the_flag_wins_over_the_incident_and_the_locale() {
    let home = Home::new();
    run(
        &home,
        &[],
        "09:00",
        &["new", "Checkout down", "--severity", "1"],
    );
    // An English incident, LANG=C: `--lang fr` anywhere on the line speaks French.
    let (status, _, _) = run(&home, &[], "09:05", &["--lang", "fr", "status"]);
    assert_eq!(status, "analyse en cours\n");
    let (list, _, _) = run(&home, &[], "09:05", &["list", "--lang", "fr"]);
    assert!(list.contains("ouvert depuis 5 min"), "{list}");
    let (cadence, _, _) = run(&home, &[], "09:05", &["cadence", "--lang=fr"]);
    assert!(
        cadence.starts_with(
            "prochain point attendu à 09\u{a0}h\u{a0}15 (dans les temps, dans 10 min)"
        ),
        "{cadence}"
    );
    let (help, _, _) = run(&home, &[], "09:05", &["--lang", "fr", "--help"]);
    assert!(help.contains("Utilisation :"), "{help}");
    // And `--lang en` keeps a French user in English.
    let (status, _, _) = run(&home, FRENCH, "09:05", &["status", "--lang", "en"]);
    assert_eq!(status, "investigating\n");
    let (_, err, _) = run(&home, FRENCH, "09:05", &["--lang", "en", "export", "nope"]);
    assert!(
        err.starts_with("crisis: no incident matches `nope`"),
        "{err}"
    );
}

#[test]
fn a_french_incident_speaks_french_to_an_english_locale() {
    let home = Home::new();
    run(
        &home,
        &[],
        "09:00",
        &["new", "Paiement en panne", "--lang", "fr"],
    );
    let (status, _, _) = run(&home, &[], "09:10", &["status"]);
    assert_eq!(status, "analyse en cours\n");
    let (cadence, _, _) = run(&home, &[], "09:10", &["cadence"]);
    assert!(
        cadence.starts_with(
            "prochain point attendu à 10\u{a0}h\u{a0}00 (dans les temps, dans 50 min)"
        ),
        "{cadence}"
    );
    no_english(&cadence);
    let (said, _, _) = run(&home, &[], "09:10", &["set", "eta", "10:30"]);
    assert_eq!(said, "eta : eta = 10:30\n");
    let (_, err, code) = run(&home, &[], "09:10", &["log", "x", "--next", "14:30"]);
    assert_eq!(code, 2);
    // Refused before any incident is read: the locale's language.
    assert_eq!(err, "crisis: `--next` goes with `--kind update`\n");
    let (_, err, _) = run(&home, &[], "09:10", &["follow-up", "--done"]);
    assert_eq!(err, "crisis : aucune relance ne reste à faire\n");
    run(
        &home,
        &[],
        "09:20",
        &["log", "Point envoyé", "--kind", "update"],
    );
    let (said, _, _) = run(&home, &[], "09:21", &["undo"]);
    assert_eq!(
        said,
        "annulé : point envoyé à 09\u{a0}h\u{a0}20 : Point envoyé\n"
    );
    // The list, about no incident in particular, speaks the locale's language.
    let (list, _, _) = run(&home, &[], "09:10", &["list"]);
    assert!(list.contains("open 10 min"), "{list}");
}

#[test]
fn config_lang_comes_before_the_locale() {
    let home = Home::new();
    let dir = home.config().join("crisis");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("config.toml"), "lang = \"fr\"\n").unwrap();
    let (_, err, code) = run(&home, &[], "09:00", &["status"]);
    assert_eq!(code, 2);
    assert_eq!(
        err,
        "crisis : aucun incident ouvert (ouvrez-en un avec `crisis new TITRE`)\n"
    );
    let (help, _, _) = run(&home, &[], "09:00", &["--help"]);
    assert!(help.contains("Utilisation :"), "{help}");
    std::fs::write(dir.join("config.toml"), "lang = \"en\"\n").unwrap();
    let (_, err, _) = run(&home, FRENCH, "09:00", &["status"]);
    assert!(err.starts_with("crisis: no open incident"), "{err}");
}

#[test]
fn a_refused_correction_is_said_in_the_incidents_language() {
    let home = Home::new();
    let made = home
        .command()
        .args(["new", "Paiement indisponible", "--lang", "fr"])
        .output()
        .unwrap();
    assert!(made.status.success(), "{made:?}");
    let out = home
        .command()
        .args(["set", "début", "midi"])
        .output()
        .unwrap();
    assert!(!out.status.success());
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(
        said.contains("`midi` n'est pas une heure (essayez 09:02)"),
        "{said}"
    );
    let ok = home
        .command()
        .args(["set", "statut", "sous surveillance"])
        .output()
        .unwrap();
    assert!(ok.status.success(), "{ok:?}");
}

#[test]
fn what_goes_wrong_below_the_command_line_is_said_in_french_too() {
    let home = Home::new();
    let (_, _, code) = run(&home, FRENCH, "09:00", &["new", "Paiement en panne"]);
    assert_eq!(code, 0);
    let refused = |args: &[&str]| {
        let (_, said, code) = run(&home, FRENCH, "09:05", args);
        assert_ne!(code, 0, "{args:?} succeeded");
        no_english(&said);
        said
    };
    let said = refused(&["set", "gravité", "9"]);
    assert!(said.contains("`9` n'est pas une gravité"), "{said}");
    let said = refused(&["set", "impact", "5/3"]);
    assert!(
        said.contains("5 touchés, c'est plus que le total (3)"),
        "{said}"
    );
    let said = refused(&["check", "/nowhere/phrases.toml"]);
    assert!(
        said.contains("/nowhere/phrases.toml: fichier ou dossier introuvable"),
        "{said}"
    );
    let mut cmd = home.command();
    let out = cmd
        .env("CRISIS_NOW", "demain")
        .envs(FRENCH.iter().copied())
        .arg("status")
        .output()
        .unwrap();
    let said = String::from_utf8(out.stderr).unwrap();
    assert!(
        said.contains("CRISIS_NOW=`demain` n'est pas une heure que crisis sait lire"),
        "{said}"
    );
    assert!(
        said.contains("un caractère se trouve là où il faut un chiffre"),
        "{said}"
    );
}

#[test]
fn a_broken_phrasebook_and_config_are_explained_in_french() {
    let home = Home::new();
    let books = home.user_phrasebooks();
    std::fs::create_dir_all(&books).unwrap();
    let book = books.join("equipe.toml");
    std::fs::write(
        &book,
        "lang = \"fr\"\n\n[[phrase]]\nid = \"a\"\nstage = \"plus-tard\"\ntext = \"Bonjour {patron}\"\n",
    )
    .unwrap();
    let config = home.config().join("crisis");
    std::fs::create_dir_all(&config).unwrap();
    std::fs::write(config.join("config.toml"), "me = Sam\n").unwrap();
    let (_, said, code) = run(
        &home,
        FRENCH,
        "09:00",
        &["check", &book.display().to_string()],
    );
    assert_eq!(code, 1, "{said}");
    no_english(&said);
    let file = book.display();
    assert!(
        said.contains(&format!(
            "{file}:5:9: `stage` : valeur inconnue `plus-tard` ; attendu : `prepare`"
        )),
        "{said}"
    );
    assert!(
        said.contains(&format!("{file}:6:17: paramètre inconnu `{{patron}}`")),
        "{said}"
    );
    let (_, said, _) = run(&home, FRENCH, "09:00", &["phrases", "bonjour"]);
    assert!(
        said.contains("ligne 1 : un texte doit être entre guillemets ; attendu : une chaîne"),
        "{said}"
    );
    assert!(
        said.contains("(cette entrée ou ce fichier a été ignoré)"),
        "{said}"
    );
    for english in ["unknown", "expected", "skipped", "must be quoted"] {
        assert!(!said.contains(english), "`{english}` in {said}");
    }
    // A tone rule of one's own that cannot be used.
    std::fs::write(config.join("config.toml"), "").unwrap();
    let rules = config.join("lint-fr.toml");
    std::fs::write(
        &rules,
        "[[rule]]\nid = \"x\"\nlevel = \"error\"\nkind = \"existence\"\n",
    )
    .unwrap();
    let draft = home.dir.path().join("brouillon.txt");
    std::fs::write(&draft, "Bonjour Léa,\n").unwrap();
    let args = ["lint", "--lang", "fr", &draft.display().to_string()];
    let (_, said, code) = run(&home, FRENCH, "09:00", &args);
    assert_eq!(code, 2, "{said}");
    assert!(
        said.contains("lint-fr.toml: règle `x` : une règle de type existence a besoin de `tokens`"),
        "{said}"
    );
    std::fs::write(&rules, "[[rule]]\nid = \"x\"\nlevel = \"fort\"\n").unwrap();
    let (_, said, _) = run(&home, FRENCH, "09:00", &args);
    assert!(
        said.contains("lint-fr.toml: ligne 3 : valeur inconnue `fort`"),
        "{said}"
    );
    // A pattern the regex reader cannot read: what is wrong, and where, in French.
    std::fs::write(
        &rules,
        "[[rule]]\nid = \"x\"\nlevel = \"error\"\nkind = \"existence\"\nmessage = \"m\"\ntokens = [\"désolé (pour\"]\n",
    )
    .unwrap();
    let (_, said, _) = run(&home, FRENCH, "09:00", &args);
    no_english(&said);
    assert!(
        said.contains(
            "motif invalide `désolé (pour` : un groupe ouvert par `(` n'est jamais fermé (au caractère 8)"
        ),
        "{said}"
    );
}

#[test]
fn a_damaged_journal_a_failed_merge_and_a_failed_copy_are_explained_in_french() {
    let home = Home::new();
    let (_, _, code) = run(&home, FRENCH, "09:00", &["new", "Paiement en panne"]);
    assert_eq!(code, 0);
    let journal = home.journals().pop().unwrap();
    let written = std::fs::read_to_string(&journal).unwrap();
    // A write cut short: skipped, and said.
    std::fs::write(&journal, format!("{written}{{\"v\":1,\"id\":\"01")).unwrap();
    let (_, said, code) = run(&home, FRENCH, "09:05", &["status"]);
    assert_eq!(code, 0, "{said}");
    no_english(&said);
    assert!(
        said.contains(
            "journal.jsonl:2: événement incomplet ignoré (une écriture a été interrompue)"
        ),
        "{said}"
    );
    // An event without its text: refused, the journal as it was.
    let id = "01937a2e-5c00-7000-8000-000000000001";
    let broken = format!(
        "{written}{{\"v\":1,\"id\":\"{id}\",\"at\":\"2026-11-24T09:01:00+01:00\",\"kind\":\"note\"}}\n"
    );
    std::fs::write(&journal, &broken).unwrap();
    let (_, said, code) = run(&home, FRENCH, "09:05", &["status"]);
    assert_ne!(code, 0);
    no_english(&said);
    assert!(
        said.contains(
            "journal.jsonl:2: illisible : il manque le champ `text` ; le journal n'a pas été modifié"
        ),
        "{said}"
    );
    assert_eq!(std::fs::read_to_string(&journal).unwrap(), broken);
    // git's merge driver, on a side that is not a journal.
    let theirs = home.data().join("theirs.jsonl");
    std::fs::write(&theirs, "<<<<<<< HEAD\n").unwrap();
    let ours = home.data().join("ours.jsonl");
    std::fs::write(&ours, &written).unwrap();
    let (ours_path, theirs_path) = (ours.display().to_string(), theirs.display().to_string());
    let (_, said, code) = run(
        &home,
        FRENCH,
        "09:05",
        &["merge-driver", &ours_path, &ours_path, &theirs_path],
    );
    assert_ne!(code, 0);
    no_english(&said);
    assert!(
        said.contains(
            "impossible de fusionner les journaux : leur copie:1: pas un événement de crisis : ce n'est pas du JSON (à partir de la colonne 1)"
        ),
        "{said}"
    );
    // A clipboard command that fails, then none at all.
    std::fs::write(&journal, &written).unwrap();
    let config = home.config().join("crisis");
    std::fs::create_dir_all(&config).unwrap();
    let copy = ["phrases", "excuses", "--limit", "1", "--copy"];
    let pasted = home.dir.path().join("pasted.txt");
    std::fs::write(
        config.join("config.toml"),
        format!(
            "clipboard = \"command\"\nclipboard_command = \"cat > {}\"\n",
            pasted.display()
        ),
    )
    .unwrap();
    let (_, said, code) = run(&home, FRENCH, "09:05", &copy);
    assert_eq!(code, 0, "{said}");
    no_english(&said);
    assert!(said.contains("copié avec `cat >"), "{said}");
    std::fs::write(
        config.join("config.toml"),
        "clipboard = \"command\"\nclipboard_command = \"exit 3\"\n",
    )
    .unwrap();
    let (_, said, code) = run(&home, FRENCH, "09:05", &copy);
    assert_ne!(code, 0);
    no_english(&said);
    assert!(
        said.contains(
            "la commande de presse-papiers `exit 3` a échoué : elle s'est terminée avec le code 3"
        ),
        "{said}"
    );
    std::fs::write(config.join("config.toml"), "clipboard = \"command\"\n").unwrap();
    let (_, said, code) = run(&home, FRENCH, "09:05", &copy);
    assert_ne!(code, 0);
    no_english(&said);
    assert!(
        said.contains("`clipboard = \"command\"` demande `clipboard_command` dans `config.toml`"),
        "{said}"
    );
}
