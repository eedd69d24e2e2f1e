"""Fills okrdesk_de.ts with the German UI text below (run by `make translations` after lupdate).

Re-runnable: lupdate keeps the messages that still exist and adds new ones untranslated; this script writes
every translation it knows (by context and source, else by source alone) and lists the sources it has no
German for. Terms: Objective → Ziel, Key Result → Schlüsselergebnis, check-in → Check-in, cycle → Zyklus,
confidence → Zuversicht, workspace → Arbeitsbereich, retrospective → Retrospektive; "Sie" form; "&"
mnemonics kept (unique within a menu), {placeholders} and %n kept exactly, shortcuts left as they are.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

TS = Path(__file__).with_name("okrdesk_de.ts")

# The same German wherever the source appears (any context).
ANY: dict[str, str] = {
    "&Undo": "&Rückgängig",
    "&Redo": "&Wiederherstellen",
    "Undo": "Rückgängig",
    "Redo": "Wiederherstellen",
    "Cancel": "Abbrechen",
    "Delete": "Löschen",
    "&Delete": "&Löschen",
    "Export": "Exportieren",
    "Import": "Importieren",
    "Title": "Titel",
    "Owner": "Verantwortlich",
    "Progress": "Fortschritt",
    "Status": "Status",
    "Confidence": "Zuversicht",
    "Last check-in": "Letzter Check-in",
    "On track": "Im Plan",
    "At risk": "Gefährdet",
    "Off track": "Nicht im Plan",
    "No data": "Keine Daten",
    "no data": "keine Daten",
    "Date": "Datum",
    "Key result": "Schlüsselergebnis",
    "Value": "Wert",
    "Note": "Notiz",
    "Author": "Verfasst von",
    "Check-in": "Check-in",
    "Check-ins": "Check-ins",
    "Check-in history": "Check-in-Verlauf",
    "Cycle": "Zyklus",
    "Problem": "Problem",
    " and ": " und ",
    "okrdesk": "okrdesk",
    "Retrospective": "Retrospektive",
    "Start with an empty workspace": "Mit einem leeren Arbeitsbereich beginnen",
    "Check &in…": "&Einchecken …",
    "Weekly check-in…": "Wöchentlicher Check-in …",
    "%n objective": "%n Ziel",
    "%n objectives": "%n Ziele",
    "%n key result": "%n Schlüsselergebnis",
    "%n key results": "%n Schlüsselergebnisse",
    "%n check-in": "%n Check-in",
    "%n check-ins": "%n Check-ins",
    "%n row": "%n Zeile",
    "%n rows": "%n Zeilen",
    "%n page": "%n Seite",
    "%n pages": "%n Seiten",
    "%n person": "%n Person",
    "%n people": "%n Personen",
    "%n team": "%n Team",
    "%n teams": "%n Teams",
    "Name": "Name",
    "Type": "Typ",
    "E-mail": "E-Mail",
    "Team": "Team",
    "Person": "Person",
    "Choose a cycle.": "Wählen Sie einen Zyklus.",
    "Objective": "Ziel",
    "Objectives": "Ziele",
    "Key results": "Schlüsselergebnisse",
    "Confidence (0–10)": "Zuversicht (0–10)",
    "This item no longer exists.": "Dieser Eintrag existiert nicht mehr.",
    "Summary": "Zusammenfassung",
    "Development needs": "Entwicklungsbedarf",
    "Preview": "Vorschau",
    "New value": "Neuer Wert",
    "First day": "Erster Tag",
    "Last day": "Letzter Tag",
    "State": "Status",
    "&Name:": "&Name:",
    "Draft": "Entwurf",
    "Active": "Aktiv",
    "Done": "Erledigt",
    "Dropped": "Verworfen",
    "planning": "in Planung",
    "active": "aktiv",
    "closed": "abgeschlossen",
    "done": "erledigt",
    "not done": "nicht erledigt",
    "due": "fällig",
    "(nobody)": "(niemand)",
    "{name} (team)": "{name} (Team)",
    "Nothing (top level)": "Nichts (oberste Ebene)",
    "&Browse…": "&Durchsuchen …",
    "Import OKRs from CSV": "OKRs aus CSV importieren",
    "Progress chart": "Fortschrittsdiagramm",
    "Hint": "Hinweis",
    "Why": "Warum",
    "Dismiss": "Ausblenden",
    "Committed (expected in full)": "Verbindlich (wird voll erwartet)",
    "Aspirational (70% is a success)": "Ambitioniert (70 % sind ein Erfolg)",
}

# German for one context only (where the same English needs other words, or is only used there).
BY_CONTEXT: dict[str, dict[str, str]] = {
    "MainWindow": {
        "Add &objective": "&Ziel hinzufügen",
        "Add an objective beside the selected one": "Ein Ziel neben dem ausgewählten hinzufügen",
        "Add &aligned objective": "&Ausgerichtetes Ziel hinzufügen",
        "Add an objective that contributes to the selected one": "Ein Ziel hinzufügen, das zum ausgewählten beiträgt",
        "Add &key result": "Schlüssel&ergebnis hinzufügen",
        "Add a key result to the selected objective": "Dem ausgewählten Ziel ein Schlüsselergebnis hinzufügen",
        "New from &Template…": "Neu aus &Vorlage …",
        "Add a well-formed objective with key results from a template, edited before it is added": (
            "Ein gut formuliertes Ziel mit Schlüsselergebnissen aus einer Vorlage hinzufügen, vorher bearbeitbar"
        ),
        "Re&name": "&Umbenennen",
        "A&lign to…": "Ausr&ichten auf …",
        "Choose the objective the selected one contributes to": "Das Ziel wählen, zu dem das ausgewählte beiträgt",
        "Move u&p": "Nach &oben",
        "Move do&wn": "Nach u&nten",
        "&Find": "&Suchen",
        "&Expand all": "Alle &aufklappen",
        "&Collapse all": "Alle &zuklappen",
        "&Present": "&Präsentieren",
        "Show the OKRs full screen for a meeting: slides or the tree, a timer, a confidence round": (
            "Die OKRs für ein Meeting im Vollbild zeigen: Folien oder Baum, ein Timer, eine Zuversichtsrunde"
        ),
        "&People and teams…": "&Personen und Teams …",
        "&Cycles…": "&Zyklen …",
        "P&references…": "&Einstellungen …",
        "&About okrdesk": "Ü&ber okrdesk",
        "&Edit": "&Bearbeiten",
        "&View": "&Ansicht",
        "&Theme": "&Farbschema",
        "&Workspace": "A&rbeitsbereich",
        "&Help": "&Hilfe",
        "{workspace} – okrdesk": "{workspace} – okrdesk",
        "Main toolbar": "Hauptwerkzeugleiste",
        "&Cycle:": "&Zyklus:",
        "Search titles (Ctrl+F)": "Titel durchsuchen (Ctrl+F)",
        "Search titles": "Titel durchsuchen",
        " &Show:": " An&zeigen:",
        "Show the OKRs of": "OKRs zeigen von",
        "Objectives and key results": "Ziele und Schlüsselergebnisse",
        "Follow the &system": "Wie das &System",
        "&Light": "&Hell",
        "&Dark": "&Dunkel",
        "&High contrast": "Hoher &Kontrast",
        "{name}  ·  {state}": "{name}  ·  {state}",
        "planning": "in Planung",
        "active": "aktiv",
        "closed": "abgeschlossen",
        "Everyone": "Alle",
        "My OKRs": "Meine OKRs",
        "Team: {name}": "Team: {name}",
        "Choose who you are in Preferences to see your OKRs.": (
            "Wählen Sie in den Einstellungen, wer Sie sind, um Ihre OKRs zu sehen."
        ),
        "New objective": "Neues Ziel",
        "New key result": "Neues Schlüsselergebnis",
        "Delete the objective “{title}”?": "Das Ziel „{title}“ löschen?",
        "Its {n} key result(s) and their {c} check-in(s) will be deleted too.": (
            "Seine Schlüsselergebnisse ({n}) und deren Check-ins ({c}) werden ebenfalls gelöscht."
        ),
        "{n} aligned objective(s) will be kept, no longer aligned.": (
            "Ausgerichtete Ziele ({n}) bleiben erhalten, sind aber nicht mehr ausgerichtet."
        ),
        "Delete the key result “{title}”?": "Das Schlüsselergebnis „{title}“ löschen?",
        "Its {c} check-in(s) will be deleted too.": "Seine Check-ins ({c}) werden ebenfalls gelöscht.",
        "You can undo this with Ctrl+Z.": "Sie können das mit Ctrl+Z rückgängig machen.",
        "Align “{t}”": "„{t}“ ausrichten",
        "Remove all sample objectives, key results, check-ins, people, teams and cycles, and start with just "
        "the current quarter? This cannot be undone.": (
            "Alle Beispielziele, Schlüsselergebnisse, Check-ins, Personen, Teams und Zyklen entfernen und nur mit "
            "dem aktuellen Quartal beginnen? Das lässt sich nicht rückgängig machen."
        ),
        "Start empty": "Leer beginnen",
        "okrdesk {v}\n\nObjectives and key results, offline.\nWorkspace: {path}": (
            "okrdesk {v}\n\nZiele und Schlüsselergebnisse, offline.\nArbeitsbereich: {path}"
        ),
        "About okrdesk": "Über okrdesk",
    },
    "AdminCommands": {
        "Add person '{name}'": "Person „{name}“ hinzufügen",
        "Add team '{name}'": "Team „{name}“ hinzufügen",
        "Rename '{name}'": "„{name}“ umbenennen",
        "Move '{name}' to another team": "„{name}“ in ein anderes Team verschieben",
        "Change '{name}'": "„{name}“ ändern",
        "Delete '{name}'": "„{name}“ löschen",
        "Add cycle '{name}'": "Zyklus „{name}“ hinzufügen",
        "Rename cycle '{name}'": "Zyklus „{name}“ umbenennen",
        "Change the state of '{name}'": "Status von „{name}“ ändern",
        "Change cycle '{name}'": "Zyklus „{name}“ ändern",
        "Delete cycle '{name}'": "Zyklus „{name}“ löschen",
    },
    "AlignmentTreeModel": {
        "(dropped)": "(verworfen)",
        "(draft)": "(Entwurf)",
        "↑ aligns to “{title}” ({cycle})": "↑ trägt bei zu „{title}“ ({cycle})",
        "{percent}%": "{percent} %",
        "{date} · due": "{date} · fällig",
        "due": "fällig",
        "no check-in yet": "noch kein Check-in",
        "last check-in {days} days ago": "letzter Check-in vor {days} Tagen",
        "Due for a check-in: {since} (due after {days} days).": (
            "Check-in fällig: {since} (fällig nach {days} Tagen)."
        ),
    },
    "CheckInCommands": {
        "Check in on “{title}”": "Check-in für „{title}“",
        "Weekly check-in ({count} key results)": "Wöchentlicher Check-in ({count} Schlüsselergebnisse)",
        "Correct a check-in": "Einen Check-in korrigieren",
        "Delete a check-in": "Einen Check-in löschen",
        "Delete {count} check-ins": "{count} Check-ins löschen",
    },
    "CheckInMenu": {
        "Record a new value for the selected key result": "Einen neuen Wert für das ausgewählte Schlüsselergebnis erfassen",
        "&Weekly check-in…": "&Wöchentlicher Check-in …",
        "Check in on all the key results of one person, one after another": (
            "Alle Schlüsselergebnisse einer Person nacheinander einchecken"
        ),
        "&Due for check-in": "&Fällige Check-ins",
        "Show only key results due": "Nur fällige Schlüsselergebnisse zeigen",
        "Check-in &history and chart": "Check-in-&Verlauf und Diagramm",
        "Check-&ins": "&Check-ins",
        "&Due for check-in ({count})": "&Fällige Check-ins ({count})",
        "1 of your key results in {cycle} had no check-in for more than {days} days.": (
            "1 Ihrer Schlüsselergebnisse in {cycle} hatte seit mehr als {days} Tagen keinen Check-in."
        ),
        "%n of your key results in {cycle} had no check-in for more than {days} days.": (
            "%n Ihrer Schlüsselergebnisse in {cycle} hatten seit mehr als {days} Tagen keinen Check-in."
        ),
        "%n key result in {cycle} had no check-in for more than {days} days.": (
            "%n Schlüsselergebnis in {cycle} hatte seit mehr als {days} Tagen keinen Check-in."
        ),
        "%n key results in {cycle} had no check-in for more than {days} days.": (
            "%n Schlüsselergebnisse in {cycle} hatten seit mehr als {days} Tagen keinen Check-in."
        ),
        "Nothing is due for a check-in in this view.": "In dieser Ansicht ist kein Check-in fällig.",
    },
    "CheckInPanel": {
        "Progress chart": "Fortschrittsdiagramm",
        "&History": "&Verlauf",
        "C&hart": "&Diagramm",
        "Every check-in, newest first; edit or delete them": (
            "Alle Check-ins, die neuesten zuerst; zum Bearbeiten oder Löschen"
        ),
        "Progress, expected pace and confidence over the cycle": (
            "Fortschritt, erwartetes Tempo und Zuversicht über den Zyklus"
        ),
    },
    "CoachMenu": {
        "&Health…": "OKR-&Gesundheit …",
        "List the coach's hints about the OKRs of the shown cycle": (
            "Die Hinweise des Coachs zu den OKRs des angezeigten Zyklus auflisten"
        ),
        "&View": "&Anzeigen",
        "That item is hidden by the search or the owner filter; clear them to see it.": (
            "Dieser Eintrag ist durch die Suche oder den Filter nach Verantwortlichen ausgeblendet; "
            "setzen Sie beide zurück, um ihn zu sehen."
        ),
    },
    "Controller": {"The change was refused.": "Die Änderung wurde abgelehnt."},
    "DueBar": {
        "Show them": "Anzeigen",
        "Hide this message": "Diese Meldung ausblenden",
        "Hide the due check-ins message": "Die Meldung zu fälligen Check-ins ausblenden",
    },
    "ExportMenu": {
        "CSV files (*.csv *.txt);;All files (*)": "CSV-Dateien (*.csv *.txt);;Alle Dateien (*)",
        "&Import from CSV…": "Aus CSV &importieren …",
        "&Export…": "&Exportieren …",
        "Write a review pack (PDF, Markdown) or CSV of the shown cycle": (
            "Ein Review-Paket (PDF, Markdown) oder eine CSV-Datei des angezeigten Zyklus schreiben"
        ),
        "Add OKRs from a CSV file or a spreadsheet template": (
            "OKRs aus einer CSV-Datei oder einer Tabellenvorlage hinzufügen"
        ),
        "Exporting…": "Wird exportiert …",
        "Export cancelled; nothing was written.": "Export abgebrochen; es wurde nichts geschrieben.",
        "Exported {rows} key-result rows to {path}": "{rows} Zeilen mit Schlüsselergebnissen nach {path} exportiert",
        "Exported {rows} check-ins to {path}": "{rows} Check-ins nach {path} exportiert",
        "Exported the review of {cycle} to {path}": "Das Review von {cycle} nach {path} exportiert",
        "Exported the {cycle} review pack ({pages} pages) to {path}": (
            "Das Review-Paket {cycle} ({pages} Seiten) nach {path} exportiert"
        ),
        "Import OKRs from CSV": "OKRs aus CSV importieren",
        "Imported {what}. A backup of the workspace was saved first: {backup}": (
            "{what} importiert. Zuvor wurde eine Sicherung des Arbeitsbereichs gespeichert: {backup}"
        ),
    },
    "FileMenu": {
        "&File": "&Datei",
        "&New workspace…": "&Neuer Arbeitsbereich …",
        "&Open…": "Ö&ffnen …",
        "Open &Recent": "&Zuletzt geöffnet",
        "Save a &Copy As…": "&Kopie speichern unter …",
        "&Quit": "&Beenden",
        "New workspace": "Neuer Arbeitsbereich",
        "Open workspace": "Arbeitsbereich öffnen",
        "Save a copy as": "Kopie speichern unter",
        "That is the workspace you have open; choose another name.": (
            "Das ist der geöffnete Arbeitsbereich; wählen Sie einen anderen Namen."
        ),
        "(none yet)": "(noch keine)",
        "Saved a copy to {path}": "Kopie unter {path} gespeichert",
    },
    "Formats": {
        "{start} – {end}": "{start} – {end}",
        "{date} {time}": "{date}, {time}",
        "{number} %": "{number} %",
    },
    "HistoryModel": {
        "Raw progress at this value: above 100 % is overachieved, below 0 below the start.": (
            "Rohfortschritt bei diesem Wert: über 100 % ist übererfüllt, unter 0 liegt unter dem Startwert."
        ),
    },
    "HistoryView": {
        "No check-ins": "Keine Check-ins",
        "Edit…": "Bearbeiten …",
        "Correct the selected cell (F2 or double-click)": "Die ausgewählte Zelle korrigieren (F2 oder Doppelklick)",
        "Delete the selected check-ins (Del); Ctrl+Z brings them back": (
            "Die ausgewählten Check-ins löschen (Entf); Ctrl+Z holt sie zurück"
        ),
        "Last action": "Letzte Aktion",
        "Deleted %n check-in (Ctrl+Z to undo)": "%n Check-in gelöscht (Ctrl+Z macht es rückgängig)",
        "Deleted %n check-ins (Ctrl+Z to undo)": "%n Check-ins gelöscht (Ctrl+Z macht es rückgängig)",
        "Select a key result or an objective to see its check-ins.": (
            "Wählen Sie ein Schlüsselergebnis oder ein Ziel, um seine Check-ins zu sehen."
        ),
        "This item no longer exists.": "Dieser Eintrag existiert nicht mehr.",
        "Check-ins of “{title}”": "Check-ins von „{title}“",
        "No check-ins yet. Press Ctrl+I to check in.": "Noch keine Check-ins. Drücken Sie Ctrl+I zum Einchecken.",
        "No check-ins yet. Select one of its key results and press Ctrl+I to check in.": (
            "Noch keine Check-ins. Wählen Sie eines seiner Schlüsselergebnisse und drücken Sie Ctrl+I zum Einchecken."
        ),
    },
    "KeyResultForm": {
        "&Title:": "&Titel:",
        "T&ype:": "T&yp:",
        "&Start:": "&Startwert:",
        "Tar&get:": "Zie&lwert:",
        "&Unit:": "&Einheit:",
        "&Weight:": "&Gewichtung:",
        "&Owner:": "&Verantwortlich:",
        "Current:": "Aktuell:",
        "&Description:": "Beschreib&ung:",
        "{value} ({percent}, checked in {date})": "{value} ({percent}, eingecheckt am {date})",
        "{value} ({percent}, no check-in yet)": "{value} ({percent}, noch kein Check-in)",
        "e.g. %, customers, €": "z. B. %, Kunden, €",
        "Record a new value, confidence and note (Ctrl+I)": "Neuen Wert, Zuversicht und Notiz erfassen (Ctrl+I)",
        "Current value": "Aktueller Wert",
        "Key result {ref}": "Schlüsselergebnis {ref}",
        ", no check-in yet": ", noch kein Check-in",
    },
    "ObjectiveForm": {
        "&Title:": "&Titel:",
        "&Description:": "Beschreib&ung:",
        "&Owner:": "&Verantwortlich:",
        "C&ycle:": "Zy&klus:",
        "Aligns to:": "Ausgerichtet auf:",
        "&Kind:": "Zielt&yp:",
        "&State:": "&Status:",
        "&Progress from:": "&Fortschritt aus:",
        "{name}  ({dates})": "{name}  ({dates})",
        "Align to…": "Ausrichten auf …",
        "Objective {ref}": "Ziel {ref}",
        "Nothing (top level)": "Nichts (oberste Ebene)",
    },
    "Opening": {
        "{who} has it open": "{who} hat ihn geöffnet",
        "a newer okrdesk saved it (workspace format {file}; this okrdesk knows format {ours})": (
            "ein neueres okrdesk hat ihn gespeichert (Format {file}; dieses okrdesk kennt Format {ours})"
        ),
        "the file, its folder or its disk is read-only": "die Datei, ihr Ordner oder ihr Laufwerk ist schreibgeschützt",
        "Workspace in use": "Arbeitsbereich in Benutzung",
        "Open &read-only": "&Schreibgeschützt öffnen",
        "Take it over only if nobody is working in it: changes made there after it stopped answering would be "
        "lost. okrdesk then checks the whole file.": (
            "Übernehmen Sie ihn nur, wenn niemand darin arbeitet: Änderungen, die dort gemacht wurden, nachdem es "
            "nicht mehr reagierte, gingen verloren. okrdesk prüft dann die ganze Datei."
        ),
        "&Take over": "Ü&bernehmen",
        "&Wait until it is free": "&Warten, bis er frei ist",
        "Open read-only?": "Schreibgeschützt öffnen?",
        "Waiting": "Warten",
        "Waiting until {who} closes {name}…": "Warten, bis {who} {name} schließt …",
        "Workspace damaged": "Arbeitsbereich beschädigt",
        "There is no backup of it in the backups folder beside it. Keep the file: someone with SQLite tools may "
        "be able to rescue part of it.": (
            "Im Sicherungsordner daneben gibt es keine Sicherung davon. Behalten Sie die Datei: Mit SQLite-Werkzeugen "
            "lässt sich vielleicht ein Teil retten."
        ),
        "The newest good backup is from {when} ({kind}): {holds}.\n\nRestore it? The damaged file is kept as "
        "{aside} beside it; changes made after the backup are only in that file.": (
            "Die neueste intakte Sicherung ist vom {when} ({kind}): {holds}.\n\nWiederherstellen? Die beschädigte "
            "Datei wird daneben als {aside} aufbewahrt; Änderungen nach der Sicherung sind nur in dieser Datei."
        ),
        "&Restore the backup": "Sicherung &wiederherstellen",
    },
    "ReadOnlyBar": {
        "Open for &editing": "Zum &Bearbeiten öffnen",
        "Open the workspace for editing": "Den Arbeitsbereich zum Bearbeiten öffnen",
    },
    "RetroMenu": {
        "Cycle &retrospective…": "&Retrospektive des Zyklus …",
        "Score, reflect and carry over at the end of the shown cycle": (
            "Am Ende des angezeigten Zyklus bewerten, reflektieren und übertragen"
        ),
        "&Show retrospective": "Retrospektive &anzeigen",
        "Read the stored retrospective of the shown cycle": (
            "Die gespeicherte Retrospektive des angezeigten Zyklus lesen"
        ),
        "&Review": "Aus&wertung",
        "Retrospective of {cycle}…": "&Retrospektive von {cycle} …",  # the source has no mnemonic
        "The retrospective is saved; a backup of the workspace was made first.": (
            "Die Retrospektive ist gespeichert; zuvor wurde eine Sicherung des Arbeitsbereichs angelegt."
        ),
    },
    "SampleBanner": {
        "This workspace holds sample OKRs to explore okrdesk. Change anything you like, or start afresh.": (
            "Dieser Arbeitsbereich enthält Beispiel-OKRs zum Erkunden von okrdesk. Ändern Sie, was Sie möchten, "
            "oder beginnen Sie neu."
        ),
    },
    "Startup": {
        "Your default workspace {path} was not found; okrdesk opened its own workspace.": (
            "Ihr Standard-Arbeitsbereich {path} wurde nicht gefunden; okrdesk hat seinen eigenen geöffnet."
        ),
    },
    "WorkspaceSafety": {
        "Restore from &Backup…": "Aus &Sicherung wiederherstellen …",
        "You can look at everything and export it, but not change it.": (
            "Sie können alles ansehen und exportieren, aber nichts ändern."
        ),
        "Read-only. {look}": "Schreibgeschützt. {look}",
        "Read-only: {why}. {look}": "Schreibgeschützt: {why}. {look}",
        "{workspace} (read-only) – okrdesk": "{workspace} (schreibgeschützt) – okrdesk",
        "{workspace} – okrdesk": "{workspace} – okrdesk",
        "{name} is on a network drive": "{name} liegt auf einem Netzlaufwerk",
        "{name} is on {kind}. okrdesk keeps it safe there with SQLite's rollback journal and waits for every "
        "change to reach the drive (a little slower), because the faster write-ahead log needs shared memory "
        "that network drives do not provide.\n\nOnly one person at a time can change it; others can open it "
        "read-only.": (
            "{name} liegt auf {kind}. okrdesk schützt ihn dort mit dem Rollback-Journal von SQLite und wartet, bis "
            "jede Änderung das Laufwerk erreicht hat (etwas langsamer), denn das schnellere Write-Ahead-Log braucht "
            "gemeinsamen Speicher, den Netzlaufwerke nicht bieten.\n\nNur eine Person kann ihn gleichzeitig ändern; "
            "andere können ihn schreibgeschützt öffnen."
        ),
        "Workspace updated": "Arbeitsbereich aktualisiert",
        "okrdesk updated {name} from format {old} to format {new}. Older versions of okrdesk cannot change it any "
        "more. A copy in the old format was saved first:\n{backup}": (
            "okrdesk hat {name} von Format {old} auf Format {new} aktualisiert. Ältere Versionen von okrdesk können "
            "ihn nicht mehr ändern. Zuvor wurde eine Kopie im alten Format gespeichert:\n{backup}"
        ),
        "okrdesk was not closed properly last time; it checked the whole file: all is well.": (
            "okrdesk wurde beim letzten Mal nicht ordnungsgemäß beendet; die ganze Datei wurde geprüft: alles in Ordnung."
        ),
        "SQLite's integrity check found damage in it": "die Integritätsprüfung von SQLite hat Schäden gefunden",
        "another okrdesk took it over": "ein anderes okrdesk hat ihn übernommen",
        "Another okrdesk took {name} over (someone decided this window had stopped answering). This window is "
        "now read-only; reopen the workspace to change it again.": (
            "Ein anderes okrdesk hat {name} übernommen (jemand hielt dieses Fenster für nicht mehr reagierend). "
            "Dieses Fenster ist jetzt schreibgeschützt; öffnen Sie den Arbeitsbereich erneut, um ihn zu ändern."
        ),
        "Today's backup could not be saved: {why}": "Die heutige Sicherung konnte nicht gespeichert werden: {why}",
        "Saved today's backup: {path}": "Heutige Sicherung gespeichert: {path}",
        "Restored {backup}. What the workspace held before is in {safety}": (
            "{backup} wiederhergestellt. Der vorherige Inhalt des Arbeitsbereichs liegt in {safety}"
        ),
    },
    "_Form": {"(nobody)": "(niemand)", " (team)": " (Team)"},
    "CheckIn": {
        "done": "erledigt",
        "not done": "nicht erledigt",
        "keep at least {value}": "mindestens {value} halten",
        "keep at most {value}": "höchstens {value} halten",
        "a milestone: done or not done": "ein Meilenstein: erledigt oder nicht erledigt",
        "done by the end of the cycle": "erledigt bis zum Ende des Zyklus",
        "done by the end of the cycle ({day})": "erledigt bis zum Ende des Zyklus ({day})",
        "overachieved": "übererfüllt",
        "below baseline": "unter dem Startwert",
        "low": "niedrig",
        "medium": "mittel",
        "high": "hoch",
        "Warning": "Warnung",
        "not given": "nicht angegeben",
        "Record in a closed cycle?": "In einem abgeschlossenen Zyklus erfassen?",
        "Record it": "Erfassen",
        "Record it anyway?": "Trotzdem erfassen?",
    },
    "ExportDialog": {
        "PDF review pack": "PDF-Review-Paket",
        "PDF files (*.pdf)": "PDF-Dateien (*.pdf)",
        "Markdown, for wikis and keeping": "Markdown, für Wikis und zum Aufbewahren",
        "Markdown files (*.md)": "Markdown-Dateien (*.md)",
        "CSV of key results (imports back)": "CSV der Schlüsselergebnisse (wieder importierbar)",
        "CSV files (*.csv)": "CSV-Dateien (*.csv)",
        "CSV check-in log": "CSV-Protokoll der Check-ins",
        "the latest note": "die neueste Notiz",
        "the latest 3 notes": "die neuesten 3 Notizen",
        "all notes": "alle Notizen",
        "Format:": "Format:",
        "&Cycle:": "&Zyklus:",
        "Whose OKRs": "Wessen OKRs",
        "&Whose OKRs:": "&Wessen OKRs:",
        "A4": "A4",
        "US Letter": "US Letter",
        "&Paper:": "&Papier:",
        "Check-in &notes:": "Check-in-&Notizen:",
        "What the file will hold": "Was die Datei enthalten wird",
        "Contents:": "Inhalt:",
        "File to write": "Zu schreibende Datei",
        "&Browse…": "&Durchsuchen …",
        "&Save to:": "&Speichern unter:",
        "&Open the file when done": "Datei danach ö&ffnen",
        "&Export": "&Exportieren",
        "Everyone (whole workspace)": "Alle (ganzer Arbeitsbereich)",
        "Team: {name}": "Team: {name}",
        "1:1 with {name}": "1:1 mit {name}",
        "Counting…": "Wird gezählt …",
        "All cycles": "Alle Zyklen",
        "all cycles": "alle Zyklen",
        "check-ins": "Check-ins",
        "review": "Review",
        "About {pages} · {counts}": "Etwa {pages} · {counts}",
        "{rows}, one per key result": "{rows}, eine pro Schlüsselergebnis",
        "{count}, one row each": "{count}, je eine Zeile",
        "Export to": "Exportieren nach",
        "Replace the file?": "Datei ersetzen?",
        "{name} already exists in {folder}. Replace it?": "{name} gibt es in {folder} schon. Ersetzen?",
    },
    "AlignToDialog": {
        "Align to": "Ausrichten auf",
        "What does “{title}” contribute to? Objectives of {cycle} and of the cycles that contain it:": (
            "Wozu trägt „{title}“ bei? Ziele von {cycle} und der Zyklen, die ihn umfassen:"
        ),
        "Filter objectives": "Ziele filtern",
        "Type to filter by title, cycle or owner": "Tippen, um nach Titel, Zyklus oder Verantwortlichen zu filtern",
        "Align": "Ausrichten",
        "Objectives to align to": "Ziele, auf die ausgerichtet werden kann",
        "%n objective that already contributes to this one is not listed: aligning to it would make a loop.": (
            "%n Ziel, das bereits zu diesem beiträgt, fehlt in der Liste: Eine Ausrichtung darauf ergäbe einen "
            "Kreis."
        ),
        "%n objectives that already contribute to this one are not listed: aligning to them would make a loop.": (
            "%n Ziele, die bereits zu diesem beitragen, fehlen in der Liste: Eine Ausrichtung darauf ergäbe einen "
            "Kreis."
        ),
        "No parent (top level of its cycle)": "Kein übergeordnetes Ziel (oberste Ebene des Zyklus)",
        "{title} — {cycle}, {owner}": "{title} — {cycle}, {owner}",
        "{title} — {cycle}": "{title} — {cycle}",
        "No objective matches “{text}”.": "Kein Ziel passt zu „{text}“.",
    },
    "CalibratePage": {
        "Calibrate": "Kalibrieren",
        "How well did confidence predict the outcome? For each owner: the confidence given around the middle of "
        "the cycle (÷ 10) against the final scores. Bars to the right mean over-confident, to the left "
        "under-confident.": (
            "Wie gut hat die Zuversicht das Ergebnis vorhergesagt? Für jede verantwortliche Person: die Zuversicht "
            "um die Mitte des Zyklus (÷ 10) im Vergleich zu den endgültigen Bewertungen. Balken nach rechts "
            "bedeuten zu zuversichtlich, nach links zu wenig zuversichtlich."
        ),
        "Calibration per owner": "Kalibrierung je verantwortlicher Person",
        "{sentence} ({counted}; mean difference {mean})": "{sentence} ({counted}; mittlere Abweichung {mean})",
        "No key result has a check-in with a confidence during the cycle, so there is nothing to calibrate. "
        "Asking for a confidence at each check-in makes this page useful next time.": (
            "Kein Schlüsselergebnis hat während des Zyklus einen Check-in mit Zuversicht, daher gibt es nichts zu "
            "kalibrieren. Wenn Sie bei jedem Check-in nach der Zuversicht fragen, wird diese Seite beim nächsten "
            "Mal nützlich."
        ),
        "One key result has no check-in with a confidence during the cycle and is left out. Within {tolerance} "
        "counts as well calibrated.": (
            "Ein Schlüsselergebnis hat während des Zyklus keinen Check-in mit Zuversicht und bleibt außen vor. Eine "
            "Abweichung bis {tolerance} gilt als gut kalibriert."
        ),
        "%n key results have no check-in with a confidence during the cycle and are left out. Within {tolerance} "
        "counts as well calibrated.": (
            "%n Schlüsselergebnisse haben während des Zyklus keinen Check-in mit Zuversicht und bleiben außen vor. "
            "Eine Abweichung bis {tolerance} gilt als gut kalibriert."
        ),
        "Within {tolerance} counts as well calibrated.": "Eine Abweichung bis {tolerance} gilt als gut kalibriert.",
        "over-confident": "zu zuversichtlich",
        "under-confident": "zu wenig zuversichtlich",
        "Confidence minus score, per owner": "Zuversicht minus Bewertung, je verantwortlicher Person",
        "← under-confident · over-confident →": "← zu wenig zuversichtlich · zu zuversichtlich →",
        "Calibration chart": "Kalibrierungsdiagramm",
    },
    "CarryPage": {
        "Carry over": "Übertragen",
        "Key results that did not reach their target: carry each into the next cycle as it is, with a new title "
        "or target, or drop it. A carried key result starts at today's value and keeps its owner, its objective "
        "and where it came from.": (
            "Schlüsselergebnisse, die ihren Zielwert nicht erreicht haben: Übertragen Sie jedes unverändert oder "
            "mit neuem Titel oder Zielwert in den nächsten Zyklus, oder verwerfen Sie es. Ein übertragenes "
            "Schlüsselergebnis beginnt mit dem heutigen Wert und behält seine verantwortliche Person, sein Ziel und "
            "seine Herkunft."
        ),
        "Carry into": "Übertragen in",
        "Length of the new cycle": "Länge des neuen Zyklus",
        "Name of the new cycle": "Name des neuen Zyklus",
        "First day of the new cycle": "Erster Tag des neuen Zyklus",
        "Last day of the new cycle": "Letzter Tag des neuen Zyklus",
        "The new cycle (created when you press Finish)": (
            "Der neue Zyklus (wird angelegt, wenn Sie „Abschließen“ drücken)"
        ),
        "&Length:": "&Länge:",
        "Dates:": "Zeitraum:",
        "Carry-over decisions": "Entscheidungen zur Übertragung",
        "Now → target": "Jetzt → Zielwert",
        "Decision": "Entscheidung",
        "New title": "Neuer Titel",
        "New target": "Neuer Zielwert",
        "Carry &all as is": "Alle &unverändert übertragen",
        "D&rop all": "Alle &verwerfen",
        "Carry &into:": "Übertragen &in:",
        "A new cycle…": "Neuer Zyklus …",
        "Decision for {title}": "Entscheidung für {title}",
        "Drop": "Verwerfen",
        "Carry as is": "Unverändert übertragen",
        "Carry with changes": "Mit Änderungen übertragen",
        "A number; 3,5 reads as 3.5 (write 1000 without separators)": (
            "Eine Zahl wie 3,5 (1000 ohne Tausendertrennzeichen schreiben)"
        ),
        "Carried as {ref}": "Übertragen als {ref}",
        "{title}: {problem}": "{title}: {problem}",
        "{total} unfinished key results: {carried} carried, {dropped} dropped.": (
            "{total} nicht erreichte Schlüsselergebnisse: {carried} übertragen, {dropped} verworfen."
        ),
        "Every key result reached its target: nothing to carry over.": (
            "Jedes Schlüsselergebnis hat seinen Zielwert erreicht: Es gibt nichts zu übertragen."
        ),
    },
    "CheckInDialog": {
        "This key result no longer exists (it may have been deleted), so it cannot be checked in.": (
            "Dieses Schlüsselergebnis existiert nicht mehr (vielleicht wurde es gelöscht), daher ist kein Check-in "
            "möglich."
        ),
        "Check in – {title}": "Check-in – {title}",
        "Check in": "Check-in",
        "Key result:": "Schlüsselergebnis:",
        "Objective:": "Ziel:",
        "Measure:": "Messgröße:",
        "Current value:": "Aktueller Wert:",
        "Expected by today:": "Bis heute erwartet:",
        "Last check-in:": "Letzter Check-in:",
        "&Done": "&Erledigt",
        "New &value:": "Neuer &Wert:",
        "What moved, what blocks, what's next (Enter: new line, Ctrl+Enter: save)": (
            "Was hat sich bewegt, was blockiert, was kommt als Nächstes? (Enter: neue Zeile, Ctrl+Enter: speichern)"
        ),
        "Date and time of the check-in": "Datum und Uhrzeit des Check-ins",
        "&Confidence:": "&Zuversicht:",
        "&Note:": "&Notiz:",
        "&When:": "Zeit&punkt:",
        "By:": "Von:",
        "Copy &note": "Notiz &kopieren",
        "Copy the note to the clipboard so it is not lost": (
            "Die Notiz in die Zwischenablage kopieren, damit sie nicht verloren geht"
        ),
        "&Save check-in": "Check-in &speichern",
        "{value} (the start: no check-in yet)": "{value} (der Startwert: noch kein Check-in)",
        "none yet": "noch keiner",
        "confidence {value} ({band})": "Zuversicht {value} ({band})",
        "nobody named: choose who you are in Preferences to sign your check-ins": (
            "niemand angegeben: Wählen Sie in den Einstellungen, wer Sie sind, damit Ihre Check-ins Ihren Namen "
            "tragen"
        ),
        "New progress: {progress} · {status}": "Neuer Fortschritt: {progress} · {status}",
        "This is earlier than the latest check-in ({when}), so the current value stays {value}.": (
            "Das liegt vor dem neuesten Check-in ({when}), daher bleibt der aktuelle Wert {value}."
        ),
        "This key result was deleted while you were checking in, so nothing was recorded. Your value and note are "
        "still here: copy the note, or undo the deletion and save again.": (
            "Dieses Schlüsselergebnis wurde gelöscht, während Sie den Check-in erfasst haben, daher wurde nichts "
            "gespeichert. Ihr Wert und Ihre Notiz sind noch da: Kopieren Sie die Notiz, oder machen Sie das Löschen "
            "rückgängig und speichern Sie erneut."
        ),
    },
    "Coach": {
        "No key results and no aligned objectives yet": "Noch keine Schlüsselergebnisse und keine ausgerichteten Ziele",
        "No key results yet": "Noch keine Schlüsselergebnisse",
        "{count} key results: five at most keep it clear": (
            "{count} Schlüsselergebnisse: Mit höchstens fünf bleibt es übersichtlich"
        ),
        "{owner} has {count} objectives in this cycle": "{owner} hat {count} Ziele in diesem Zyklus",
        "Its owner has {count} objectives in this cycle": "Die verantwortliche Person hat {count} Ziele in diesem Zyklus",
        "No number says how much": "Keine Zahl sagt, wie viel",
        "Target {amount}, but from where?": "Zielwert {amount}, aber ausgehend wovon?",
        "“{verb}” sounds like an output, not an outcome": "„{verb}“ klingt nach einer Aufgabe, nicht nach einer Wirkung",
        "and %n more": "und %n weiteren",
        "Same title as {ref} {more}": "Gleicher Titel wie {ref} {more}",
        "Same title as {ref}": "Gleicher Titel wie {ref}",
        "Confidence {confidence} at the start of the cycle": "Zuversicht {confidence} zu Beginn des Zyklus",
        "Its progress comes from the objectives aligned to it, but none is aligned yet. Align objectives to it, "
        "or add two to five key results that say how you will know it is achieved.": (
            "Sein Fortschritt ergibt sich aus den darauf ausgerichteten Zielen, aber noch ist keines ausgerichtet. "
            "Richten Sie Ziele darauf aus, oder fügen Sie zwei bis fünf Schlüsselergebnisse hinzu, an denen Sie "
            "erkennen, dass es erreicht ist."
        ),
        "Key results make an objective measurable. Add two to five that say how you will know it is achieved; "
        "until then it has no progress.": (
            "Schlüsselergebnisse machen ein Ziel messbar. Fügen Sie zwei bis fünf hinzu, an denen Sie erkennen, "
            "dass es erreicht ist; bis dahin hat es keinen Fortschritt."
        ),
        "Three to five key results describe an objective well. More spread the attention and make the progress "
        "hard to read: keep the ones that best show the objective is met.": (
            "Drei bis fünf Schlüsselergebnisse beschreiben ein Ziel gut. Mehr zerstreuen die Aufmerksamkeit und "
            "machen den Fortschritt schwer lesbar: Behalten Sie die, die am besten zeigen, dass das Ziel erreicht "
            "ist."
        ),
        "Five objectives or fewer per owner and cycle keep the focus: with more, effort is spread thin and little "
        "gets finished. Drop, merge or postpone some of them.": (
            "Höchstens fünf Ziele pro verantwortlicher Person und Zyklus halten den Fokus: Bei mehr verteilt sich "
            "die Kraft, und wenig wird fertig. Streichen, bündeln oder verschieben Sie einige davon."
        ),
        "A key result says how much in its own words, e.g. “from 30 to 45” or “120 new products”. Without a "
        "number people read different goals into it, and nobody can tell when it is met.": (
            "Ein Schlüsselergebnis sagt in eigenen Worten, wie viel, z. B. „von 30 auf 45“ oder „120 neue "
            "Produkte“. Ohne Zahl liest jeder etwas anderes hinein, und niemand kann sagen, wann es erreicht ist."
        ),
        "The words give the target but not where you start, and the start is 0. Progress is measured from the "
        "start: enter today's value as the start and say it, e.g. “from 30 to 45”. If you really start from "
        "zero, write “from 0”.": (
            "Der Text nennt den Zielwert, aber nicht den Ausgangspunkt, und der Startwert ist 0. Fortschritt wird "
            "ab dem Startwert gemessen: Tragen Sie den heutigen Wert als Startwert ein und nennen Sie ihn, z. B. "
            "„von 30 auf 45“. Wenn Sie wirklich bei null beginnen, schreiben Sie „von 0“."
        ),
        "Key results measure the change you want to see (more customers coming back, fewer errors), not the work "
        "done to get there. Ask what “{verb}” should achieve and measure that: “Raise repeat purchases from 22% "
        "to 30%” rather than “Launch a loyalty programme”.": (
            "Schlüsselergebnisse messen die Veränderung, die Sie sehen wollen (mehr wiederkehrende Kunden, weniger "
            "Fehler), nicht die Arbeit auf dem Weg dorthin. Fragen Sie, was „{verb}“ bewirken soll, und messen Sie "
            "das: „Wiederholungskäufe von 22 % auf 30 % steigern“ statt „Treueprogramm einführen“."
        ),
        "Two key results of one objective with the same title confuse check-ins and reports. Merge them, or say "
        "in the title what sets them apart.": (
            "Zwei Schlüsselergebnisse eines Ziels mit gleichem Titel sorgen bei Check-ins und Berichten für "
            "Verwirrung. Führen Sie sie zusammen, oder sagen Sie im Titel, was sie unterscheidet."
        ),
        "Two objectives of one cycle with the same title confuse check-ins, reports and meetings. Merge them, or "
        "say in the title what sets them apart.": (
            "Zwei Ziele eines Zyklus mit gleichem Titel sorgen bei Check-ins, Berichten und Meetings für "
            "Verwirrung. Führen Sie sie zusammen, oder sagen Sie im Titel, was sie unterscheidet."
        ),
        "A confidence of {confidence} on {on}, at the start of the cycle (until {until}), says the target is sure "
        "to be reached: it is probably too easy (sandbagging). Key results should stretch; about 5 to 7 at the "
        "start is healthy. Raise the target, or check in the confidence you really have.": (
            "Eine Zuversicht von {confidence} am {on}, zu Beginn des Zyklus (bis {until}), besagt, dass der "
            "Zielwert sicher erreicht wird: Er ist wahrscheinlich zu leicht (Sandbagging). Schlüsselergebnisse "
            "sollten fordern; etwa 5 bis 7 zu Beginn ist gesund. Erhöhen Sie den Zielwert, oder erfassen Sie die "
            "Zuversicht, die Sie wirklich haben."
        ),
    },
    "CoachHints": {
        "Coach hints": "Coach-Hinweise",
        "Coach: %n hint": "Coach: %n Hinweis",
        "Coach: %n hints": "Coach: %n Hinweise",
    },
    "ConfidenceRound": {
        "Confidence round": "Zuversichtsrunde",
        "How likely is each key result to be reached, from 0 (no chance) to 10 (certain)? Type each number: it "
        "stays hidden until everyone has answered. Leave one empty to skip it.": (
            "Wie wahrscheinlich wird jedes Schlüsselergebnis erreicht, von 0 (keine Chance) bis 10 (sicher)? "
            "Tippen Sie jede Zahl ein: Sie bleibt verborgen, bis alle geantwortet haben. Lassen Sie ein Feld leer, "
            "um es zu überspringen."
        ),
        "Confidence for “{title}” (0–10, hidden)": "Zuversicht für „{title}“ (0–10, verborgen)",
        "Revealed confidence": "Aufgedeckte Zuversicht",
        "Last recorded confidence": "Zuletzt erfasste Zuversicht",
        "This workspace is open read-only: the round can be revealed, but not recorded.": (
            "Dieser Arbeitsbereich ist schreibgeschützt geöffnet: Die Runde kann aufgedeckt, aber nicht erfasst "
            "werden."
        ),
        "&Reveal (Enter)": "&Aufdecken (Enter)",
        "Reveal": "Aufdecken",
        "Re&cord as check-ins": "Als Check-ins &erfassen",
        "Record as check-ins": "Als Check-ins erfassen",
        "&Discard": "&Verwerfen",
        "Discard": "Verwerfen",
        "last: none": "zuletzt: keine",
        "last: {value}": "zuletzt: {value}",
        "first confidence · {band}": "erste Zuversicht · {band}",
        "last {last} · ▲ up {diff}": "zuletzt {last} · ▲ plus {diff}",
        "last {last} · ▼ down {diff}": "zuletzt {last} · ▼ minus {diff}",
        "last {last} · = unchanged": "zuletzt {last} · = unverändert",
        "The confidence for “{title}” is not a whole number from 0 to 10. Type it again.": (
            "Die Zuversicht für „{title}“ ist keine ganze Zahl von 0 bis 10. Geben Sie sie erneut ein."
        ),
        "Type at least one confidence (0–10) before revealing.": (
            "Geben Sie vor dem Aufdecken mindestens eine Zuversicht (0–10) ein."
        ),
        "skipped": "übersprungen",
        "Revealed. Talk about the differences, then record them as check-ins or discard them.": (
            "Aufgedeckt. Sprechen Sie über die Unterschiede, und erfassen Sie die Werte dann als Check-ins oder "
            "verwerfen Sie sie."
        ),
        "A key result of this objective was deleted meanwhile, so nothing was recorded.": (
            "Ein Schlüsselergebnis dieses Ziels wurde inzwischen gelöscht, daher wurde nichts erfasst."
        ),
        "Confidence round on “{title}”": "Zuversichtsrunde zu „{title}“",
    },
    "Cycles": {
        "Planning": "In Planung",
        "Active": "Aktiv",
        "Closed": "Abgeschlossen",
        "Month": "Monat",
        "Quarter": "Quartal",
        "Half-year": "Halbjahr",
        "Year": "Jahr",
    },
    "CyclesDialog": {
        "Cycles": "Zyklen",
        "Dates": "Zeitraum",
        "&New cycle…": "Neuer &Zyklus …",
        "Delete the selected cycle (only a cycle without objectives)": (
            "Den ausgewählten Zyklus löschen (nur ein Zyklus ohne Ziele)"
        ),
        "&Change dates": "Zeitraum &ändern",
        "&State:": "&Status:",
        "&First day:": "&Erster Tag:",
        "&Last day:": "Letzter &Tag:",
    },
    "NewCycleDialog": {
        "New cycle": "Neuer Zyklus",
        "Length": "Länge",
        "Custom dates": "Eigener Zeitraum",
        "Period containing": "Zeitraum mit dem Tag",
        "Any day of the period the cycle covers": "Ein beliebiger Tag des Zeitraums, den der Zyklus umfasst",
        "Create cycle": "Zyklus anlegen",
        "&Length:": "&Länge:",
        "&Period containing:": "&Zeitraum mit dem Tag:",
        "&First day:": "&Erster Tag:",
        "Last &day:": "Letzter &Tag:",
        "&State:": "&Status:",
        "There is already a cycle named '{name}'.": "Es gibt bereits einen Zyklus namens „{name}“.",
    },
    "DetailPane": {
        "Select an objective or a key result to see and edit its details.": (
            "Wählen Sie ein Ziel oder ein Schlüsselergebnis, um die Details zu sehen und zu bearbeiten."
        ),
        "Increase (from start up to target)": "Steigern (vom Startwert hinauf zum Zielwert)",
        "Decrease (from start down to target)": "Senken (vom Startwert hinunter zum Zielwert)",
        "Keep at least the target": "Mindestens den Zielwert halten",
        "Keep at most the target": "Höchstens den Zielwert halten",
        "Milestone (done or not)": "Meilenstein (erledigt oder nicht)",
        "Committed (expected at 1.0)": "Verbindlich (erwartet: 1,0)",
        "Aspirational (0.7 is a success)": "Ambitioniert (0,7 ist ein Erfolg)",
        "Its key results": "Eigene Schlüsselergebnisse",
        "Aligned objectives": "Ausgerichtete Ziele",
        "Both": "Beides",
    },
    "HealthView": {
        "{hint} (dismissed)": "{hint} (ausgeblendet)",
        "Health": "OKR-Gesundheit",
        "Hints": "Hinweise",
        "Item": "Eintrag",
        "No hints": "Keine Hinweise",
        "Why:": "Warum:",
        "Why the coach mentions the chosen hint": "Warum der Coach den gewählten Hinweis gibt",
        "Show &dismissed hints": "&Ausgeblendete Hinweise zeigen",
        "Show dismissed hints": "Ausgeblendete Hinweise zeigen",
        "&Go to item": "&Zum Eintrag",
        "Go to the item of the chosen hint": "Zum Eintrag des gewählten Hinweises gehen",
        "Dis&miss": "Aus&blenden",
        "Dismiss the chosen hint": "Den gewählten Hinweis ausblenden",
        "&Bring back": "&Wieder einblenden",
        "Bring the chosen dismissed hint back": "Den gewählten ausgeblendeten Hinweis wieder einblenden",
        "%n hint in {cycle}": "%n Hinweis in {cycle}",
        "%n hints in {cycle}": "%n Hinweise in {cycle}",
        "%n dismissed": "%n ausgeblendet",
        "No hints to show: the coach's hints here are all dismissed. Tick “Show dismissed hints” to see them "
        "again.": (
            "Keine Hinweise anzuzeigen: Alle Hinweise des Coachs sind hier ausgeblendet. Setzen Sie ein Häkchen bei "
            "„Ausgeblendete Hinweise zeigen“, um sie wieder zu sehen."
        ),
        "No hints: these OKRs follow the coach's rules.": "Keine Hinweise: Diese OKRs folgen den Regeln des Coachs.",
    },
    "_HintRow": {
        "Why?": "Warum?",
        "Why: {hint}": "Warum: {hint}",
        "Show why the coach mentions this": "Zeigen, warum der Coach darauf hinweist",
        "Dismiss the hint: {hint}": "Hinweis ausblenden: {hint}",
        "Hide this hint for this item (View → Health… brings it back)": (
            "Diesen Hinweis für diesen Eintrag ausblenden (Ansicht → OKR-Gesundheit … holt ihn zurück)"
        ),
        "Hide why": "Begründung ausblenden",
    },
    "ImportDialog": {
        "File: {name}": "Datei: {name}",
        "Columns: where each field comes from": "Spalten: woher jedes Feld kommt",
        "Rows of the file": "Zeilen der Datei",
        "Problems": "Probleme",
        "Read as {layout}, in {encoding}, separated by {delimiter}; {rows}.": (
            "Gelesen als {layout}, in {encoding}, getrennt durch {delimiter}; {rows}."
        ),
        "The file could not be read as a table, so there are no columns to choose from.": (
            "Die Datei konnte nicht als Tabelle gelesen werden, daher gibt es keine Spalten zur Auswahl."
        ),
        "Nothing can be imported until the problem below is fixed.": (
            "Es kann nichts importiert werden, bis das Problem unten behoben ist."
        ),
        "Nothing can be imported until the %n problems below are fixed.": (
            "Es kann nichts importiert werden, bis die %n Probleme unten behoben sind."
        ),
        "Saves a backup of the workspace, then imports everything in one step.": (
            "Speichert eine Sicherung des Arbeitsbereichs und importiert dann alles in einem Schritt."
        ),
        "Fix the problems listed below first: nothing is imported while the file has any.": (
            "Beheben Sie zuerst die unten aufgeführten Probleme: Solange es welche gibt, wird nichts importiert."
        ),
    },
    "KeyResultTable": {
        "Start": "Startwert",
        "Target": "Zielwert",
        "Unit": "Einheit",
        "start": "Startwert",
        "target": "Zielwert",
        "Key result {n}: the {field} “{text}” is not a number (for example {example}).": (
            "Schlüsselergebnis {n}: Der {field} „{text}“ ist keine Zahl (zum Beispiel {example})."
        ),
        "Key result {n}: enter a {field} value.": "Schlüsselergebnis {n}: Geben Sie einen {field} ein.",
        "Key result {n}:": "Schlüsselergebnis {n}:",
        "Key result {n}: give it a title that says what changes, from where to where.": (
            "Schlüsselergebnis {n}: Geben Sie ihm einen Titel, der sagt, was sich ändert – von wo nach wo."
        ),
        "Key result {n}: the target must differ from the start ({start} → {target} measures nothing).": (
            "Schlüsselergebnis {n}: Der Zielwert muss sich vom Startwert unterscheiden ({start} → {target} misst "
            "nichts)."
        ),
        "Key result {n}: an increase needs a target above its start ({start} → {target}); choose Decrease as the "
        "type, or swap the numbers.": (
            "Schlüsselergebnis {n}: Beim Steigern muss der Zielwert über dem Startwert liegen ({start} → {target}); "
            "wählen Sie „Senken“ als Typ, oder tauschen Sie die Zahlen."
        ),
        "Key result {n}: a decrease needs a target below its start ({start} → {target}); choose Increase as the "
        "type, or swap the numbers.": (
            "Schlüsselergebnis {n}: Beim Senken muss der Zielwert unter dem Startwert liegen ({start} → {target}); "
            "wählen Sie „Steigern“ als Typ, oder tauschen Sie die Zahlen."
        ),
        "Key result {n}: {problem}": "Schlüsselergebnis {n}: {problem}",
    },
    "NewFromTemplateDialog": {
        "New from Template": "Neu aus Vorlage",
        "Templates": "Vorlagen",
        "Template categories, each with its templates": "Vorlagenkategorien mit ihren Vorlagen",
        "Kind": "Zieltyp",
        "Align to the selected objective": "Auf das ausgewählte Ziel ausrichten",
        "&Align to “{title}”": "&Ausrichten auf „{title}“",
        "Why this template works": "Warum diese Vorlage funktioniert",
        "A&dd key result": "Schlüsselergebnis &hinzufügen",
        "Add key result": "Schlüsselergebnis hinzufügen",
        "Add a key result (Insert in the table)": "Ein Schlüsselergebnis hinzufügen (Einfg in der Tabelle)",
        "&Remove key result": "Schlüsselergebnis ent&fernen",
        "Remove key result": "Schlüsselergebnis entfernen",
        "Remove the selected key result (Delete in the table)": (
            "Das ausgewählte Schlüsselergebnis entfernen (Entf in der Tabelle)"
        ),
        "&Insert": "&Einfügen",
        "&Objective:": "&Ziel:",
        "&Kind:": "Zielt&yp:",
        "O&wner:": "&Verantwortlich:",
        "K&ey results:": "&Schlüsselergebnisse:",
        "Give the objective a title: what do you want to achieve?": (
            "Geben Sie dem Ziel einen Titel: Was wollen Sie erreichen?"
        ),
        "Add at least one key result: it is how you will know you got there.": (
            "Fügen Sie mindestens ein Schlüsselergebnis hinzu: Daran erkennen Sie, dass Sie angekommen sind."
        ),
    },
    "PeopleTeamsDialog": {
        "Delete {name}?": "{name} löschen?",
        "{name} owns {things}; they will have no owner.": (
            "{name} ist für {things} verantwortlich; diese sind danach niemandem mehr zugeordnet."
        ),
        "{name} wrote {check_ins}; they stay, without an author.": (
            "{name} hat {check_ins} verfasst; sie bleiben erhalten, ohne Angabe, wer sie verfasst hat."
        ),
        "they will move up to {team}.": "sie werden eine Ebene höher {team} zugeordnet.",
        "they will have no team.": "sie haben danach kein Team mehr.",
        "{name} has {members} in it; {where}": "{name} enthält {members}; {where}",
        "You can undo this with Undo ({shortcut}).": "Sie können das mit „Rückgängig“ ({shortcut}) zurücknehmen.",
        "People and teams": "Personen und Teams",
        "Add team": "Team hinzufügen",
        "Add person": "Person hinzufügen",
        "Rename": "Umbenennen",
        "Delete…": "Löschen …",
        "Add &team": "&Team hinzufügen",
        "Add a team inside the selected team": "Ein Team im ausgewählten Team hinzufügen",
        "Add &person": "&Person hinzufügen",
        "Add a person to the selected team": "Dem ausgewählten Team eine Person hinzufügen",
        "&Delete…": "&Löschen …",
        "name@example.com": "name@beispiel.de",
        "&E-mail:": "&E-Mail:",
        "Te&am:": "Te&am:",
        "P&art of:": "Teil &von:",
        "Part of team": "Teil des Teams",
        "No team": "Kein Team",
        "New team": "Neues Team",
        "New person": "Neue Person",
        "Delete person": "Person löschen",
        "Delete team": "Team löschen",
    },
    "PreferencesDialog": {
        "Preferences": "Einstellungen",
        "You": "Sie",
        "Who are you?": "Wer sind Sie?",
        "Nobody chosen": "Niemand gewählt",
        "{name} ({team})": "{name} ({team})",
        "&Who are you?": "&Wer sind Sie?",
        "Used as the author of your check-ins and to show your objectives first.": (
            "Wird als Verfasser Ihrer Check-ins verwendet und um Ihre Ziele zuerst zu zeigen."
        ),
        "Workspaces": "Arbeitsbereiche",
        "Check-ins are stale after (days)": "Check-ins sind veraltet nach (Tagen)",
        "The workspace is open read-only.": "Der Arbeitsbereich ist schreibgeschützt geöffnet.",
        "Workspace to open at start": "Beim Start zu öffnender Arbeitsbereich",
        "okrdesk's own workspace": "Standard-Arbeitsbereich",
        "Choose the workspace to open at start": "Den Arbeitsbereich wählen, der beim Start geöffnet wird",
        "Use &this one": "Diesen &verwenden",
        "Open this workspace at start": "Diesen Arbeitsbereich beim Start öffnen",
        "Check-ins are &stale after:": "Check-ins ver&altet nach:",
        "A key result without a check-in for this long is marked as needing an update (kept in this workspace, "
        "for everyone who opens it).": (
            "Schlüsselergebnisse ohne Check-in in dieser Zeit gelten als veraltet (gilt für alle, die diesen "
            "Arbeitsbereich öffnen)."
        ),
        "&Open at start:": "Beim &Start öffnen:",
        "Leave empty to open okrdesk's own workspace in your data folder.": (
            "Leer lassen, um den Standard-Arbeitsbereich in Ihrem Datenordner zu öffnen."
        ),
        "Language and look": "Sprache und Aussehen",
        "Language": "Sprache",
        "Follow the system ({language})": "Wie das System ({language})",
        "Theme": "Farbschema",
        "Follow the system (light or dark)": "Wie das System (hell oder dunkel)",
        "Light": "Hell",
        "Dark": "Dunkel",
        "High contrast": "Hoher Kontrast",
        "&Language:": "S&prache:",
        "Dates and numbers follow it too. A new language shows when okrdesk starts next.": (
            "Datums- und Zahlenformate richten sich ebenfalls danach. Eine neue Sprache erscheint beim nächsten "
            "Start von okrdesk."
        ),
        "T&heme:": "&Farbschema:",
        "Presentation (F5)": "Präsentation (F5)",
        "Presentation starts with": "Ansicht zu Beginn der Präsentation",
        "One objective per slide": "Ein Ziel pro Folie",
        "The whole alignment tree": "Der ganze Ausrichtungsbaum",
        "Discussion time per objective (minutes)": "Diskussionszeit pro Ziel (Minuten)",
        " min": " Min.",
        "Type size in the presentation (percent)": "Schriftgröße in der Präsentation (Prozent)",
        "Start &with:": "&Erste Ansicht:",
        "&Timer per objective:": "&Timer pro Ziel:",
        "Type si&ze:": "Schrift&größe:",
        "Ctrl + and Ctrl − change the type size while presenting; it is kept.": (
            "Ctrl + und Ctrl − ändern die Schriftgröße während der Präsentation; sie bleibt gespeichert."
        ),
        " day": " Tag",
        " days": " Tagen",
        "okrdesk workspaces (*.okr)": "okrdesk-Arbeitsbereiche (*.okr)",
        "There is no workspace at {path}. Choose an existing .okr file, or leave it empty.": (
            "Unter {path} gibt es keinen Arbeitsbereich. Wählen Sie eine vorhandene .okr-Datei, oder lassen Sie "
            "das Feld leer."
        ),
    },
    "PresentationTree": {"Alignment tree": "Ausrichtungsbaum"},
    "PresentationWindow": {
        "okrdesk – presentation": "okrdesk – Präsentation",
        "Presentation": "Präsentation",
        "Position": "Position",
        "Message": "Meldung",
        "Keys": "Tasten",
        "{n} / {total}": "{n} / {total}",
        "0 / 0": "0 / 0",
        "Space record as check-ins · Esc discard · Ctrl +/− size": (
            "Leertaste als Check-ins erfassen · Esc verwerfen · Ctrl +/− Größe"
        ),
        "Type each confidence (hidden) · Enter reveal · Esc discard · Ctrl +/− size": (
            "Jede Zuversicht eingeben (verborgen) · Enter aufdecken · Esc verwerfen · Ctrl +/− Größe"
        ),
        "← → navigate · T timer · R reset · C confidence round · V slides · Ctrl +/− size · Esc exit": (
            "← → blättern · T Timer · R zurücksetzen · C Zuversichtsrunde · V Folien · Ctrl +/− Größe · Esc beenden"
        ),
        "← → navigate · T timer · R reset · C confidence round · V tree · Ctrl +/− size · Esc exit": (
            "← → blättern · T Timer · R zurücksetzen · C Zuversichtsrunde · V Baum · Ctrl +/− Größe · Esc beenden"
        ),
        "This objective has no key results to rate.": "Dieses Ziel hat keine Schlüsselergebnisse zum Einschätzen.",
        "Recorded %n confidence as a check-in. Ctrl+Z undoes it.": (
            "%n Zuversichtswert als Check-in erfasst. Ctrl+Z macht das rückgängig."
        ),
        "Recorded %n confidences as check-ins. Ctrl+Z undoes them.": (
            "%n Zuversichtswerte als Check-ins erfasst. Ctrl+Z macht das rückgängig."
        ),
        "Confidence round discarded.": "Zuversichtsrunde verworfen.",
        "Nothing to undo here: undo other changes in the main window.": (
            "Hier gibt es nichts rückgängig zu machen: Andere Änderungen machen Sie im Hauptfenster rückgängig."
        ),
        "The recorded confidences were undone.": "Die erfassten Zuversichtswerte wurden rückgängig gemacht.",
    },
    "ProgressChart": {
        "Progress over the cycle": "Fortschritt über den Zyklus",
        "Hovered point": "Punkt unter dem Mauszeiger",
        "Save as PNG…": "Als PNG speichern …",
        "Expected pace": "Erwartetes Tempo",
        "Progress (%)": "Fortschritt (%)",
        "Select a key result or an objective to see its progress.": (
            "Wählen Sie ein Schlüsselergebnis oder ein Ziel, um seinen Fortschritt zu sehen."
        ),
        "Point at the line to see a check-in's date and values.": (
            "Zeigen Sie auf die Linie, um Datum und Werte eines Check-ins zu sehen."
        ),
        "Expected pace on {date}: {value} %": "Erwartetes Tempo am {date}: {value} %",
        "progress {value} %": "Fortschritt {value} %",
        "value {value}": "Wert {value}",
        "confidence {value}/10": "Zuversicht {value}/10",
        "Save the chart as PNG": "Diagramm als PNG speichern",
        "PNG images (*.png)": "PNG-Bilder (*.png)",
        "The chart could not be saved as {path}. Check that the folder exists and that you may write to it, then "
        "try again.": (
            "Das Diagramm konnte nicht als {path} gespeichert werden. Prüfen Sie, ob der Ordner existiert und Sie "
            "darin schreiben dürfen, und versuchen Sie es dann erneut."
        ),
        "Saved to {path}": "Gespeichert unter {path}",
    },
    "ReflectPage": {
        "Reflect": "Reflektieren",
        "For each objective: what went well, what got in the way, what you learned. Then, if it helps, one "
        "development need per person for the next cycle. All optional.": (
            "Für jedes Ziel: Was lief gut, was stand im Weg, was haben Sie gelernt? Danach, wenn es hilft, ein "
            "Entwicklungsbedarf pro Person für den nächsten Zyklus. Alles optional."
        ),
        "Went &well:": "&Gut gelaufen:",
        "What worked, and why": "Was funktioniert hat, und warum",
        "C&hallenges:": "&Hindernisse:",
        "What got in the way": "Was im Weg stand",
        "&Lessons:": "&Erkenntnisse:",
        "What we will do differently": "Was wir anders machen werden",
        "Development need for the next cycle": "Entwicklungsbedarf für den nächsten Zyklus",
        "Development needs (optional)": "Entwicklungsbedarf (optional)",
        "For example: time management, a skill (negotiation, SQL), support needed (a mentor).": (
            "Zum Beispiel: Zeitmanagement, eine Fähigkeit (Verhandeln, SQL), benötigte Unterstützung (ein Mentor)."
        ),
        "A text is {length} characters long; the limit is {limit}. Shorten it.": (
            "Ein Text ist {length} Zeichen lang; erlaubt sind {limit}. Kürzen Sie ihn."
        ),
    },
    "RestoreDialog": {
        "Restore from Backup": "Aus Sicherung wiederherstellen",
        "Restoring replaces everything in {name} with the backup. What it holds now is saved as a backup first, "
        "so you can come back to it.": (
            "Beim Wiederherstellen wird der gesamte Inhalt von {name} durch die Sicherung ersetzt. Der jetzige "
            "Inhalt wird zuvor als Sicherung gespeichert, sodass Sie zu ihm zurückkehren können."
        ),
        "Backups": "Sicherungen",
        "When": "Zeitpunkt",
        "Made": "Art",
        "Contains": "Inhalt",
        "There are no backups of {name} yet in {folder}.": "In {folder} gibt es noch keine Sicherungen von {name}.",
        "&Restore": "&Wiederherstellen",
        "&Other file…": "&Andere Datei …",
        "Restore from a backup file somewhere else": "Aus einer Sicherungsdatei an anderer Stelle wiederherstellen",
        "cannot be used: {why}": "nicht verwendbar: {why}",
        "Restore from a backup file": "Aus einer Sicherungsdatei wiederherstellen",
        "okrdesk workspaces (*.okr);;All files (*)": "okrdesk-Arbeitsbereiche (*.okr);;Alle Dateien (*)",
    },
    "RetroWizard": {
        "Cycle retrospective": "Retrospektive des Zyklus",
        "&Finish and save": "&Abschließen und speichern",
        "The retrospective was not saved": "Die Retrospektive wurde nicht gespeichert",
        "Nothing was changed:\n\n{reason}": "Es wurde nichts geändert:\n\n{reason}",
        "Something unexpected went wrong, and nothing was changed in the workspace. Your input is still here; try "
        "Finish again.\n\n({detail})": (
            "Etwas Unerwartetes ist schiefgegangen; im Arbeitsbereich wurde nichts geändert. Ihre Eingaben sind "
            "noch da; versuchen Sie es erneut mit „Abschließen“.\n\n({detail})"
        ),
    },
    "Retrospective": {
        "delivered": "erreicht",
        "progress made": "Fortschritt erzielt",
        "no real progress": "kein echter Fortschritt",
        "Committed objectives · expected to reach 1.0": "Verbindliche Ziele · erwartet: 1,0",
        "Aspirational objectives · expected around 0.7": "Ambitionierte Ziele · erwartet: etwa 0,7",
        "commitment met": "Zusage erfüllt",
        "missed a commitment": "Zusage verfehlt",
        "a success": "ein Erfolg",
        "fell short": "hinter der Erwartung",
        "no confidence given": "keine Zuversicht angegeben",
    },
    "RetrospectiveView": {
        "green": "grün",
        "yellow": "gelb",
        "red": "rot",
        "no score": "keine Bewertung",
        "not finished": "nicht abgeschlossen",
        "finished {day} at {time}": "abgeschlossen am {day} um {time}",
        "Retrospective of {cycle}": "Retrospektive von {cycle}",
        "Headline figures": "Kennzahlen",
        "Mean score: ": "Durchschnittliche Bewertung: ",
        "Mean score by team:": "Durchschnittliche Bewertung je Team:",
        "Key results scored 0.7 or more: {share} of {count}": (
            "Schlüsselergebnisse mit Bewertung ab 0,7: {share} von {count}"
        ),
        "Check-in discipline: {share} of the weeks had a check-in (mean over the key results)": (
            "Check-in-Disziplin: In {share} der Wochen gab es einen Check-in (Mittel über die Schlüsselergebnisse)"
        ),
        "(deleted key result)": "(gelöschtes Schlüsselergebnis)",
        ": suggested {score} → final ": ": vorgeschlagen {score} → endgültig ",
        " · overridden: ": " · geändert: ",
        " · overridden": " · geändert",
        " · note: ": " · Notiz: ",
        "Owner: ": "Verantwortlich: ",
        "expected {score}": "erwartet {score}",
        "no score (no key results to score) · ": "keine Bewertung (keine Schlüsselergebnisse zu bewerten) · ",
        "Score: ": "Bewertung: ",
        "verdict: ": "Urteil: ",
        "Went well:": "Gut gelaufen:",
        "Challenges:": "Hindernisse:",
        "Lessons:": "Erkenntnisse:",
        "Committed objectives (expected to reach 1.0)": "Verbindliche Ziele (erwartet: 1,0)",
        "Aspirational objectives (expected to reach 0.7)": "Ambitionierte Ziele (erwartet: 0,7)",
        "This cycle has no objectives.": "Dieser Zyklus hat keine Ziele.",
        "Other key results": "Weitere Schlüsselergebnisse",
        ": dropped": ": verworfen",
        "(a cycle that no longer exists)": "(ein nicht mehr vorhandener Zyklus)",
        " → not created in {cycle}": " → nicht angelegt in {cycle}",
        " → {ref} in {cycle}": " → {ref} in {cycle}",
        ", as is": ", unverändert",
        ", with changes": ", mit Änderungen",
        ": now ": ": jetzt ",
        " (from {start} to {target})": " (von {start} auf {target})",
        "(someone no longer listed)": "(jemand, der nicht mehr aufgeführt ist)",
        "Calibration (mid-cycle confidence against the final scores)": (
            "Kalibrierung (Zuversicht zur Zyklusmitte im Vergleich zu den endgültigen Bewertungen)"
        ),
        "{n} key results": "{n} Schlüsselergebnisse",
        "{n} key result": "{n} Schlüsselergebnis",
        "Carry-over": "Übertragung",
        "No summary was written.": "Es wurde keine Zusammenfassung geschrieben.",
        "Retrospective report": "Bericht der Retrospektive",
        "&Edit Retrospective…": "Retrospektive &bearbeiten …",
        "Open the retrospective wizard with this retrospective filled in": (
            "Den Retrospektive-Assistenten mit dieser Retrospektive ausgefüllt öffnen"
        ),
        "&Copy as Text": "Als Text &kopieren",
        "Put the report on the clipboard as plain text": "Den Bericht als reinen Text in die Zwischenablage legen",
        "This cycle no longer exists (it may have been deleted), so it has no retrospective.": (
            "Dieser Zyklus existiert nicht mehr (vielleicht wurde er gelöscht), daher hat er keine Retrospektive."
        ),
        "{cycle} has no stored retrospective.": "{cycle} hat keine gespeicherte Retrospektive.",
    },
    "ScopePage": {
        "Which cycle, and whose OKRs?": "Welcher Zyklus, und wessen OKRs?",
        "Choose the cycle to look back on and whose objectives this meeting covers. Nothing is saved until you "
        "press Finish on the last page.": (
            "Wählen Sie den Zyklus, auf den Sie zurückblicken, und wessen Ziele dieses Meeting behandelt. "
            "Gespeichert wird erst, wenn Sie auf der letzten Seite „Abschließen“ drücken."
        ),
        "Scope": "Umfang",
        "&Cycle:": "Z&yklus:",
        "&Whose OKRs:": "Wessen &OKRs:",
        "Key results without a recent check-in": "Schlüsselergebnisse ohne aktuellen Check-in",
        "Record today's value of the selected key result": (
            "Den heutigen Wert des ausgewählten Schlüsselergebnisses erfassen"
        ),
        "Everyone (the whole workspace)": "Alle (der ganze Arbeitsbereich)",
        "{name} (team, with its sub-teams)": "{name} (Team, mit Unterteams)",
        "This workspace has no cycles yet; add one under Workspace → Cycles.": (
            "Dieser Arbeitsbereich hat noch keine Zyklen; legen Sie einen unter Arbeitsbereich → Zyklen an."
        ),
        "This cycle's retrospective was finished on {day}. It opens with what was decided then; finishing again "
        "replaces it.": (
            "Die Retrospektive dieses Zyklus wurde am {day} abgeschlossen. Sie öffnet sich mit den damaligen "
            "Entscheidungen; erneutes Abschließen ersetzt sie."
        ),
        "{objectives} objectives and {krs} key results to look back on.": (
            "{objectives} Ziele und {krs} Schlüsselergebnisse für den Rückblick."
        ),
        "never": "nie",
        "Before you score: {count} key results have no check-in in the last {days} days. Check in now so the "
        "suggested scores use today's values (double-click a row); check-ins are saved right away, like any "
        "other.": (
            "Bevor Sie bewerten: {count} Schlüsselergebnisse haben in den letzten {days} Tagen keinen Check-in. "
            "Checken Sie jetzt ein, damit die vorgeschlagenen Bewertungen die heutigen Werte verwenden "
            "(Doppelklick auf eine Zeile); Check-ins werden wie alle anderen sofort gespeichert."
        ),
        "Every key result has a check-in from the last {days} days.": (
            "Jedes Schlüsselergebnis hat einen Check-in aus den letzten {days} Tagen."
        ),
        "Objectives without key results (nothing to score): {titles}": (
            "Ziele ohne Schlüsselergebnisse (nichts zu bewerten): {titles}"
        ),
    },
    "ScorePage": {
        "Final score": "Endgültige Bewertung",
        "Why the score differs from the suggestion": "Warum die Bewertung vom Vorschlag abweicht",
        "Reason for the changed score": "Grund für die geänderte Bewertung",
        "Score each key result": "Jedes Schlüsselergebnis bewerten",
        "Each key result starts at its suggested score (its progress, 0.0–1.0). Change a score where the numbers "
        "do not tell the whole story, and say why. Green (0.7 and up) means delivered.": (
            "Jedes Schlüsselergebnis beginnt mit seiner vorgeschlagenen Bewertung (seinem Fortschritt, 0,0–1,0). "
            "Ändern Sie eine Bewertung, wo die Zahlen nicht alles sagen, und begründen Sie es. Grün (ab 0,7) "
            "bedeutet erreicht."
        ),
        "Objective / key result": "Ziel / Schlüsselergebnis",
        "Last value": "Letzter Wert",
        "Confidence trend": "Zuversichtstrend",
        "Suggested": "Vorschlag",
        "Score": "Bewertung",
        "Reason for a change": "Grund der Änderung",
        "Scores": "Bewertungen",
        "Back to &suggested": "Zum &Vorschlag zurück",
        "Give the selected key result its suggested score again": (
            "Dem ausgewählten Schlüsselergebnis wieder seine vorgeschlagene Bewertung geben"
        ),
        "Measures: {range}": "Misst: {range}",
        "no key results: nothing to score": "keine Schlüsselergebnisse: nichts zu bewerten",
        "  (changed)": "  (geändert)",
        "say why (required)": "begründen (erforderlich)",
        "Expected: {expected}": "Erwartet: {expected}",
        "{changed} of {total} scores changed.": "{changed} von {total} Bewertungen geändert.",
        "Say why you changed the score of: {titles}": "Begründen Sie die geänderte Bewertung von: {titles}",
    },
    "SlideView": {
        "Slide": "Folie",
        "Nothing to present: the main window shows no objectives.": (
            "Nichts zu präsentieren: Das Hauptfenster zeigt keine Ziele."
        ),
        "Contributes to: {title}": "Trägt bei zu: {title}",
        "No owner": "Niemand verantwortlich",
        "Owner and cycle": "Verantwortlich und Zyklus",
        "Objective progress": "Fortschritt des Ziels",
        "No key results yet.": "Noch keine Schlüsselergebnisse.",
        "+ {count} more hidden by the main window's filter": (
            "+ {count} weitere, durch den Filter des Hauptfensters ausgeblendet"
        ),
        "▲ overachieved": "▲ übererfüllt",
        "▼ below baseline": "▼ unter dem Startwert",
        "Value, target and confidence": "Wert, Zielwert und Zuversicht",
        "Now: {now}": "Jetzt: {now}",
        "Now {now} · {goal}": "Jetzt {now} · {goal}",
        "Now {now} · target {target}": "Jetzt {now} · Zielwert {target}",
        "Confidence: not given yet": "Zuversicht: noch nicht angegeben",
        "Confidence {value}/10 · {band}": "Zuversicht {value}/10 · {band}",
        "✓ Done": "✓ Erledigt",
        "Aspirational": "Ambitioniert",
    },
    "SummaryPage": {
        "Check the figures and the decisions; Finish saves them all at once.": (
            "Prüfen Sie die Zahlen und Entscheidungen; „Abschließen“ speichert alles auf einmal."
        ),
        "Summary of the retrospective": "Zusammenfassung der Retrospektive",
        "Summary of the cycle": "Zusammenfassung des Zyklus",
        "The cycle in a few sentences, in the team's words (optional)": (
            "Der Zyklus in wenigen Sätzen, in den Worten des Teams (optional)"
        ),
        "Summary of the &cycle:": "Zusammen&fassung des Zyklus:",
        "and closes {cycle}": "und schließt {cycle} ab",
        "and keeps {cycle} open until every team has scored its part": (
            "und lässt {cycle} offen, bis jedes Team seinen Teil bewertet hat"
        ),
        "Finish first saves a backup copy of the workspace in {folder}, then saves all of this in one step "
        "{closing}. Undo cannot take it back; run the retrospective again to change it.": (
            "„Abschließen“ speichert zuerst eine Sicherungskopie des Arbeitsbereichs in {folder}, dann all dies in "
            "einem Schritt {closing}. „Rückgängig“ kann das nicht zurücknehmen; führen Sie die Retrospektive "
            "erneut durch, um etwas zu ändern."
        ),
        "everyone": "alle",
        "Mean score": "Durchschnittliche Bewertung",
        "Key results at 0.7 or more (delivered)": "Schlüsselergebnisse ab 0,7 (erreicht)",
        "Check-in discipline (weeks with a check-in)": "Check-in-Disziplin (Wochen mit Check-in)",
        "Committed (expected 1.0)": "Verbindlich (erwartet: 1,0)",
        "Aspirational (expected around 0.7)": "Ambitioniert (erwartet: etwa 0,7)",
        "no key results": "keine Schlüsselergebnisse",
        "{name} (a new cycle)": "{name} (ein neuer Zyklus)",
        "as is": "unverändert",
        "with changes": "mit Änderungen",
        "already carried as {ref}": "bereits übertragen als {ref}",
        "Reflections on {n} of {total} objectives; {needs} development needs.": (
            "Reflexionen zu {n} von {total} Zielen; Entwicklungsbedarf: {needs}."
        ),
    },
    "TimerLabel": {
        "Discussion timer": "Diskussionstimer",
        "Time's up {over}": "Zeit abgelaufen {over}",
        "{left} paused": "{left} angehalten",
    },
    "WeeklyCheckIn": {
        "{recorded} of %n key result checked in": "{recorded} von %n Schlüsselergebnis eingecheckt",
        "{recorded} of %n key results checked in": "{recorded} von %n Schlüsselergebnissen eingecheckt",
    },
    "WeeklyCheckInDialog": {
        "Weekly check-in": "Wöchentlicher Check-in",
        "Drop the values and notes typed so far? They have not been saved.": (
            "Die bisher eingegebenen Werte und Notizen verwerfen? Sie wurden nicht gespeichert."
        ),
        "Whose key results": "Wessen Schlüsselergebnisse",
        "&Whose:": "&Für:",
        "C&ycle:": "&Zyklus:",
        "&Save check-ins": "Check-ins &speichern",
        "Expected now": "Jetzt erwartet",
        "Check-ins are dated now. {warning}": "Check-ins erhalten den jetzigen Zeitpunkt. {warning}",
        "Nobody to check in for yet: add people in People and teams, then choose who you are in Preferences.": (
            "Noch niemand, für den eingecheckt werden kann: Fügen Sie unter „Personen und Teams“ Personen hinzu, "
            "und wählen Sie dann in den Einstellungen, wer Sie sind."
        ),
        "There is no cycle to check in: create one in Cycles.": (
            "Es gibt keinen Zyklus zum Einchecken: Legen Sie einen unter „Zyklen“ an."
        ),
        "{owner} has no key results in {cycle}.": "{owner} hat keine Schlüsselergebnisse in {cycle}.",
        "Choose who you are in Preferences to start with your own key results.": (
            "Wählen Sie in den Einstellungen, wer Sie sind, um mit Ihren eigenen Schlüsselergebnissen zu beginnen."
        ),
        "No check-in for more than {days} days": "Seit mehr als {days} Tagen kein Check-in",
        "No check-in yet (start: {value})": "Noch kein Check-in (Startwert: {value})",
        "Last: {value} on {day}": "Zuletzt: {value} am {day}",
        "skip": "überspringen",
        "Confidence: {title}": "Zuversicht: {title}",
        "Note (optional)": "Notiz (optional)",
        "What moved, what blocks, what's next": "Was hat sich bewegt, was blockiert, was kommt als Nächstes?",
        "Note: {title}": "Notiz: {title}",
        "New value: {title}": "Neuer Wert: {title}",
        "Enter a value to record this note (the same as last time if nothing moved).": (
            "Geben Sie einen Wert ein, um diese Notiz zu erfassen (denselben wie beim letzten Mal, wenn sich "
            "nichts bewegt hat)."
        ),
        "This key result was deleted meanwhile: clear its value to record the others.": (
            "Dieses Schlüsselergebnis wurde inzwischen gelöscht: Leeren Sie seinen Wert, um die anderen zu erfassen."
        ),
        "{filled} of {total} key results filled; empty ones are skipped.": (
            "{filled} von {total} Schlüsselergebnissen ausgefüllt; leere werden übersprungen."
        ),
        "Nothing to record yet: enter a new value for at least one key result.": (
            "Noch nichts zu erfassen: Geben Sie für mindestens ein Schlüsselergebnis einen neuen Wert ein."
        ),
    },
    "Templates": {
        # The table's type names, the preview sentence and the commands.
        "Increase": "Steigern",
        "Decrease": "Senken",
        "Keep at least": "Mindestens halten",
        "Keep at most": "Höchstens halten",
        "Milestone": "Meilenstein",
        "LOWERCASE_SENTENCE_START": "no",  # German nouns keep their capital mid-sentence
        "Key result type": "Typ des Schlüsselergebnisses",
        "I will {objective} as measured by …": "Ich werde {objective}, gemessen an …",
        "I will {objective} as measured by {key_results}.": "Ich werde {objective}, gemessen an: {key_results}.",
        "There is no cycle to add objectives to. Create one with Workspace → Cycles… first.": (
            "Es gibt keinen Zyklus, dem Ziele hinzugefügt werden können. Legen Sie zuerst einen unter "
            "Arbeitsbereich → Zyklen … an."
        ),
        "{name} is open read-only ({reason}), so no template can be inserted.": (
            "{name} ist schreibgeschützt geöffnet ({reason}), daher kann keine Vorlage eingefügt werden."
        ),
        "Insert “{title}” from a template": "„{title}“ aus einer Vorlage einfügen",
        # The library (okrdesk/ui/template_library.py). Titles are infinitive phrases that begin with a noun,
        # so they read well in the preview sentence ("Ich werde …, gemessen an: …") with their capitals kept;
        # numbers as German writes them ("3,2", "18 %"), so a changed start or target updates the title; no
        # title ends with an output verb the coach warns about ("einführen", "aufbauen" …).
        "Sales": "Vertrieb",
        "Make our pipeline predictable and our wins repeatable": (
            "Pipeline planbar und Abschlüsse wiederholbar machen"
        ),
        "Three outcomes that feed each other: more qualified demand, a higher share of it won, and less time "
        "spent winning it. None of them says which activity gets you there; that stays the team's choice.": (
            "Drei Ergebnisse, die einander stärken: mehr qualifizierte Nachfrage, ein größerer Anteil davon "
            "gewonnen und weniger Zeit, um sie zu gewinnen. Keines davon sagt, mit welcher Aktivität Sie dorthin "
            "kommen; das bleibt die Entscheidung des Teams."
        ),
        "Increase qualified opportunities from 40 to 60 a month": (
            "Zahl qualifizierter Verkaufschancen von 40 auf 60 pro Monat steigern"
        ),
        "opportunities": "Verkaufschancen",
        "Raise the win rate of qualified opportunities from 18% to 25%": (
            "Abschlussquote qualifizierter Verkaufschancen von 18 % auf 25 % erhöhen"
        ),
        "Shorten the average sales cycle from 62 to 45 days": (
            "Dauer des Verkaufszyklus im Durchschnitt von 62 auf 45 Tage verkürzen"
        ),
        "days": "Tage",
        "Win the mid-market": "Mittelstand als Kundensegment gewinnen",
        "An aspirational objective: reaching 70% of these targets is a good result. Each key result measures the "
        "market's answer (customers, revenue share, commitment), not the campaigns that ask the question.": (
            "Ein ambitioniertes Ziel: 70 % dieser Zielwerte zu erreichen ist ein gutes Ergebnis. Jedes "
            "Schlüsselergebnis misst die Antwort des Marktes (Kunden, Umsatzanteil, Bindung), nicht die Kampagnen, "
            "die die Frage stellen."
        ),
        "Grow the number of mid-market customers from 35 to 60": "Zahl der Mittelstandskunden von 35 auf 60 steigern",
        "customers": "Kunden",
        "Increase the mid-market share of new revenue from 22% to 35%": (
            "Anteil des Mittelstands am Neuumsatz von 22 % auf 35 % steigern"
        ),
        "Raise the share of mid-market deals signed for several years from 10% to 25%": (
            "Anteil mehrjähriger Verträge mit dem Mittelstand von 10 % auf 25 % erhöhen"
        ),
        "Turn our existing customers into our best source of growth": (
            "Bestandskunden zu unserer besten Wachstumsquelle machen"
        ),
        "Growth from customers who already trust you is cheaper and lasts longer. The key results count what "
        "customers do (buy more, stay, recommend), each from today's baseline.": (
            "Wachstum mit Kunden, die Ihnen schon vertrauen, ist günstiger und hält länger. Die "
            "Schlüsselergebnisse zählen, was Kunden tun (mehr kaufen, bleiben, weiterempfehlen), jeweils vom "
            "heutigen Stand aus."
        ),
        "Increase expansion revenue from 15% to 25% of new bookings": (
            "Anteil des Zusatzumsatzes mit Bestandskunden am Auftragseingang von 15 % auf 25 % steigern"
        ),
        "Grow the customers using two or more products from 120 to 200": (
            "Zahl der Kunden mit zwei oder mehr Produkten von 120 auf 200 steigern"
        ),
        "Raise referred opportunities from 5 to 15 a quarter": (
            "Verkaufschancen aus Empfehlungen von 5 auf 15 pro Quartal steigern"
        ),
        "Customer success": "Kundenerfolg",
        "Make every new customer successful in their first 90 days": (
            "Neukunden in ihren ersten 90 Tagen zum Erfolg führen"
        ),
        "Early value predicts renewal. The key results follow a new customer's path: how soon they get value, "
        "whether they finish onboarding, and whether they stay.": (
            "Früher Nutzen sagt die Vertragsverlängerung voraus. Die Schlüsselergebnisse folgen dem Weg eines "
            "Neukunden: wie schnell er Nutzen hat, ob er das Onboarding abschließt und ob er bleibt."
        ),
        "Cut the median time to first value from 21 to 10 days": (
            "Zeit bis zum ersten Nutzen (Median) von 21 auf 10 Tage senken"
        ),
        "Raise onboarding completed within 30 days from 55% to 80%": (
            "Anteil der innerhalb von 30 Tagen abgeschlossenen Onboardings von 55 % auf 80 % erhöhen"
        ),
        "Reduce churn in the first 90 days from 9% to 4%": "Abwanderung in den ersten 90 Tagen von 9 % auf 4 % senken",
        "Turn our customers into fans": "Kunden zu Fans machen",
        "Fans recommend you, forgive the odd mistake and tell their story. Measure the recommendation, the "
        "everyday experience and the stories told, and expect to reach about 70% of it.": (
            "Fans empfehlen Sie weiter, verzeihen den gelegentlichen Fehler und erzählen ihre Geschichte. Messen "
            "Sie die Weiterempfehlung, das alltägliche Erlebnis und die erzählten Geschichten, und rechnen Sie "
            "damit, etwa 70 % davon zu erreichen."
        ),
        "Raise the Net Promoter Score from 32 to 45": "Net Promoter Score von 32 auf 45 steigern",
        "points": "Punkte",
        "Raise satisfaction with support conversations from 86% to 93%": (
            "Zufriedenheit mit Supportgesprächen von 86 % auf 93 % erhöhen"
        ),
        "Grow the published customer stories from 4 to 12": (
            "Zahl veröffentlichter Kundengeschichten von 4 auf 12 steigern"
        ),
        "stories": "Geschichten",
        "Keep the customers we have and grow with them": "Kunden halten und mit ihnen wachsen",
        "Retention is an outcome of everything else the team does, so measure it directly: revenue kept and "
        "grown, customers lost, and the share of accounts that are healthy today.": (
            "Kundenbindung ist das Ergebnis von allem anderen, was das Team tut; messen Sie sie deshalb direkt: "
            "gehaltenen und gewachsenen Umsatz, verlorene Kunden und den Anteil der Kundenkonten, die heute gesund "
            "sind."
        ),
        "Increase net revenue retention from 98% to 108%": "Net Revenue Retention von 98 % auf 108 % steigern",
        "Reduce monthly customer churn from 2.5% to 1.5%": (
            "Kundenabwanderung pro Monat von 2,5 % auf 1,5 % senken"
        ),
        "Raise the share of healthy accounts from 60% to 75%": (
            "Anteil gesunder Kundenkonten von 60 % auf 75 % erhöhen"
        ),
        "Engineering": "Softwareentwicklung",
        "Ship with confidence, every day": "Änderungen täglich und sicher in Produktion bringen",
        "Speed and stability together: deploying more often only counts when changes fail less often and "
        "problems are fixed quickly. The three key results keep each other honest.": (
            "Tempo und Stabilität zusammen: Häufigere Deployments zählen nur, wenn Änderungen seltener scheitern "
            "und Probleme schnell behoben werden. Die drei Schlüsselergebnisse halten einander ehrlich."
        ),
        "Increase deployments to production from 3 to 10 a week": (
            "Deployments in Produktion von 3 auf 10 pro Woche steigern"
        ),
        "deployments": "Deployments",
        "Cut the change failure rate from 18% to 8%": "Fehlerquote bei Änderungen von 18 % auf 8 % senken",
        "Reduce the median time to restore service from 240 to 60 minutes": (
            "Zeit bis zur Wiederherstellung des Dienstes (Median) von 240 auf 60 Minuten senken"
        ),
        "minutes": "Minuten",
        "Make the product feel instant": "Produkt ohne spürbare Wartezeit machen",
        "What users feel, measured where they feel it: page loads, crashes and the answers of the API. An "
        "aspirational objective; reaching 70% is a good quarter.": (
            "Was Nutzer spüren, gemessen dort, wo sie es spüren: Seitenaufrufe, Abstürze und die Antworten der "
            "API. Ein ambitioniertes Ziel; 70 % zu erreichen ist ein gutes Quartal."
        ),
        "Cut the slowest page loads (95th percentile) from 3.2 to 1.5 seconds": (
            "Ladezeit der langsamsten Seitenaufrufe (95. Perzentil) von 3,2 auf 1,5 Sekunden senken"
        ),
        "seconds": "Sekunden",
        "Reduce sessions with a crash from 1.8% to 0.5%": (
            "Anteil der Sitzungen mit Absturz von 1,8 % auf 0,5 % senken"
        ),
        "Raise API calls answered within 200 ms from 90% to 99%": (
            "Anteil der API-Aufrufe mit Antwort innerhalb von 200 ms von 90 % auf 99 % erhöhen"
        ),
        "Make our code a place people enjoy changing": "Code zu einem Ort machen, an dem Änderungen Freude machen",
        "A healthy codebase shows in its results: reviews that do not wait, fewer defects reaching customers, "
        "and developers who like their tools. Refactoring projects are the how, not the key results.": (
            "Eine gesunde Codebasis zeigt sich an ihren Ergebnissen: Reviews ohne Wartezeit, weniger Fehler, die "
            "bei Kunden ankommen, und Entwickler, die ihre Werkzeuge mögen. Refactoring-Projekte sind der Weg, "
            "nicht die Schlüsselergebnisse."
        ),
        "Cut the median time from pull request to merge from 30 to 8 hours": (
            "Zeit vom Pull-Request bis zum Merge (Median) von 30 auf 8 Stunden senken"
        ),
        "hours": "Stunden",
        "Reduce defects found by customers from 12 to 4 a release": (
            "Fehler, die Kunden finden, von 12 auf 4 pro Release senken"
        ),
        "defects": "Fehler",
        "Raise developer satisfaction with our tools from 3.1 to 4.2 out of 5": (
            "Zufriedenheit der Entwickler mit unseren Werkzeugen von 3,1 auf 4,2 (von 5) steigern"
        ),
        "Hiring and retention": "Recruiting und Mitarbeiterbindung",
        "Hire great people before our competitors do": "Top-Talente vor unseren Wettbewerbern gewinnen",
        "Speed, success and the candidate's experience of the process, each from today's baseline. The number of "
        "interviews held or job posts written would be output, not outcome.": (
            "Tempo, Erfolg und das Erlebnis der Bewerber im Prozess, jeweils vom heutigen Stand aus. Die Zahl "
            "geführter Interviews oder geschriebener Stellenanzeigen wäre Aufwand, nicht Wirkung."
        ),
        "Cut the time from opening a role to a signed offer from 58 to 35 days": (
            "Zeit von der Stellenausschreibung bis zum unterschriebenen Angebot von 58 auf 35 Tage senken"
        ),
        "Raise the offer acceptance rate from 70% to 85%": "Annahmequote unserer Angebote von 70 % auf 85 % erhöhen",
        "Raise the candidate experience rating from 3.8 to 4.5 out of 5": (
            "Bewertung des Bewerbungserlebnisses von 3,8 auf 4,5 (von 5) steigern"
        ),
        "Make this the best place our people have ever worked": (
            "Unternehmen zum besten Arbeitsplatz machen, den unsere Leute je hatten"
        ),
        "People stay where they grow and are heard. The key results measure whether they would recommend "
        "working here, whether the people you want to keep stay, and whether they grow into new roles.": (
            "Menschen bleiben, wo sie wachsen und gehört werden. Die Schlüsselergebnisse messen, ob sie die Arbeit "
            "hier weiterempfehlen würden, ob die Menschen bleiben, die Sie halten wollen, und ob sie in neue Rollen "
            "hineinwachsen."
        ),
        "Raise the employee Net Promoter Score from 12 to 30": "Employee Net Promoter Score von 12 auf 30 steigern",
        "Reduce regretted attrition from 14% to 8% a year": (
            "Fluktuation von Leistungsträgern von 14 % auf 8 % pro Jahr senken"
        ),
        "Increase roles filled from inside the company from 10% to 25%": (
            "Anteil intern besetzter Stellen von 10 % auf 25 % erhöhen"
        ),
        "Personal development": "Persönliche Entwicklung",
        "Become a confident public speaker": "Auftritte vor Publikum souverän meistern",
        "Confidence grows with practice and with feedback. Count the talks given and what the audience thought "
        "of them, not the courses taken.": (
            "Sicherheit wächst mit Übung und Feedback. Zählen Sie die gehaltenen Vorträge und was das Publikum "
            "davon hielt, nicht die besuchten Kurse."
        ),
        "Increase talks given to groups of 20 or more from 0 to 4": (
            "Vorträge vor Gruppen ab 20 Personen von 0 auf 4 steigern"
        ),
        "talks": "Vorträge",
        "Raise my average audience rating from 3.5 to 4.5 out of 5": (
            "Bewertung meiner Vorträge durch das Publikum im Schnitt von 3,5 auf 4,5 (von 5) steigern"
        ),
        "Grow into a leader people want to follow": "Führungsrolle so ausfüllen, dass andere mir gern folgen",
        "Leadership is measured by the people led: whether they feel you help them grow, whether the one-to-ones "
        "you plan actually happen, and whether others ask you to mentor them.": (
            "Führung misst sich an den Geführten: ob sie spüren, dass Sie ihnen beim Wachsen helfen, ob die "
            "geplanten Einzelgespräche wirklich stattfinden und ob andere Sie bitten, sie als Mentor zu begleiten."
        ),
        "Raise my team's “my manager helps me grow” score from 65% to 80%": (
            "Zustimmung meines Teams zu „Meine Führungskraft hilft mir zu wachsen“ von 65 % auf 80 % erhöhen"
        ),
        "Increase the planned one-to-ones that take place from 60% to 95%": (
            "Anteil der geplanten Einzelgespräche, die stattfinden, von 60 % auf 95 % erhöhen"
        ),
        "Grow the number of people I mentor from 1 to 3": (
            "Zahl der Personen, die ich als Mentor begleite, von 1 auf 3 steigern"
        ),
        "people": "Personen",
        "Make health and focus a daily habit": "Gesundheit und Fokus zur täglichen Gewohnheit machen",
        "Habits show in numbers you can check each week: focused hours, sleep and active days, each from where "
        "you are today.": (
            "Gewohnheiten zeigen sich in Zahlen, die Sie jede Woche prüfen können: konzentrierte Stunden, Schlaf "
            "und aktive Tage, jeweils von Ihrem heutigen Stand aus."
        ),
        "Increase focused deep-work time from 6 to 15 hours a week": (
            "Zeit für konzentriertes Arbeiten von 6 auf 15 Stunden pro Woche steigern"
        ),
        "Raise my average sleep from 6.2 to 7.5 hours a night": (
            "Schlafdauer im Schnitt von 6,2 auf 7,5 Stunden pro Nacht erhöhen"
        ),
        "Increase active days from 2 to 4 a week": "Zahl aktiver Tage von 2 auf 4 pro Woche steigern",
    },
    "Commands": {
        "title": "Titel",
        "description": "Beschreibung",
        "owner": "Verantwortliche",
        "kind": "Art",
        "state": "Status",
        "cycle": "Zyklus",
        "alignment": "Ausrichtung",
        "progress source": "Fortschrittsquelle",
        "type": "Typ",
        "start": "Startwert",
        "target": "Zielwert",
        "unit": "Einheit",
        "weight": "Gewichtung",
        "current value": "aktuellen Wert",
        "decimals": "Nachkommastellen",
        ", ": ", ",
        "Add objective '{title}'": "Ziel „{title}“ hinzufügen",
        "Add key result '{title}'": "Schlüsselergebnis „{title}“ hinzufügen",
        "Change {fields} of '{title}'": "{fields} von „{title}“ ändern",
        "Delete objective '{title}'": "Ziel „{title}“ löschen",
        "Delete key result '{title}'": "Schlüsselergebnis „{title}“ löschen",
        "Move objective '{title}'": "Ziel „{title}“ verschieben",
        "Move key result '{title}'": "Schlüsselergebnis „{title}“ verschieben",
    },
    "Controller": {
        "That step could not be undone or redone: {reason}": (
            "Dieser Schritt konnte nicht rückgängig gemacht oder wiederhergestellt werden: {reason}"
        ),
    },
    "Fields": {
        "title": "Titel",
        "description": "Beschreibung",
        "unit": "Einheit",
        "start": "Startwert",
        "target": "Zielwert",
        "value": "Wert",
        "weight": "Gewichtung",
        "current": "Aktueller Wert",
        "cycle name": "Zyklusname",
        "name": "Name",
    },
    "Validation": {
        "The {field} must be a finite number.": "Das Feld „{field}“ muss eine endliche Zahl enthalten.",
        "The {field} is too large: numbers must lie between {low:,} and {high:,}.": (
            "Das Feld „{field}“ ist zu groß: Zahlen müssen zwischen {low:,} und {high:,} liegen."
        ),
        "The {field} cannot be empty: enter a number.": (
            "Das Feld „{field}“ darf nicht leer sein: Geben Sie eine Zahl ein."
        ),
        "'{text}' is not a number.": "„{text}“ ist keine Zahl.",
        "The {field} must be a single line: remove the line breaks.": (
            "Das Feld „{field}“ muss einzeilig sein: Entfernen Sie die Zeilenumbrüche."
        ),
        "The {field} contains an invisible control character (U+{code}); remove it.": (
            "Das Feld „{field}“ enthält ein unsichtbares Steuerzeichen (U+{code}); entfernen Sie es."
        ),
        "The {field} is {length:,} characters long; the limit is {limit:,}.": (
            "Das Feld „{field}“ ist {length:,} Zeichen lang; erlaubt sind {limit:,}."
        ),
        "The {field} cannot be empty.": "Das Feld „{field}“ darf nicht leer sein.",
        "The {field} is {length:,} characters long; the limit is {limit:,}. "
        "Keep the {field} short and put the details in the description.": (
            "Das Feld „{field}“ ist {length:,} Zeichen lang; erlaubt sind {limit:,}. Halten Sie „{field}“ kurz "
            "und schreiben Sie die Einzelheiten in die Beschreibung."
        ),
        "'{text}' is not a key result type; choose {choices}.": (
            "„{text}“ ist kein Typ eines Schlüsselergebnisses; wählen Sie {choices}."
        ),
        "The weight must be a finite number.": "Die Gewichtung muss eine endliche Zahl sein.",
        "The weight cannot be negative; use 0 to leave the key result out of progress.": (
            "Die Gewichtung darf nicht negativ sein; mit 0 zählt das Schlüsselergebnis nicht zum Fortschritt."
        ),
        "The weight is at most {limit}, and {weight} is more; "
        "weights only count relative to each other, so smaller numbers work the same.": (
            "Die Gewichtung ist höchstens {limit}, und {weight} ist mehr; Gewichtungen zählen nur im Verhältnis "
            "zueinander, kleinere Zahlen wirken also genauso."
        ),
        "The target must differ from the start: {start} → {target} measures nothing.": (
            "Der Zielwert muss sich vom Startwert unterscheiden: {start} → {target} misst nichts."
        ),
        "An increasing key result needs a target above its start ({start} → {target}); "
        "did you mean 'decrease'?": (
            "Ein steigendes Schlüsselergebnis braucht einen Zielwert über dem Startwert ({start} → {target}); "
            "meinten Sie „sinken“?"
        ),
        "A decreasing key result needs a target below its start ({start} → {target}); "
        "did you mean 'increase'?": (
            "Ein sinkendes Schlüsselergebnis braucht einen Zielwert unter dem Startwert ({start} → {target}); "
            "meinten Sie „steigen“?"
        ),
        "A milestone starts at 0 (not done).": "Ein Meilenstein beginnt bei 0 (nicht erledigt).",
        "A milestone's target is 1 (done).": "Der Zielwert eines Meilensteins ist 1 (erledigt).",
        "A milestone is either done (1) or not done (0); {value} is neither.": (
            "Ein Meilenstein ist erledigt (1) oder nicht erledigt (0); {value} ist keins von beiden."
        ),
        "Confidence is a whole number from 0 to 10.": "Die Zuversicht ist eine ganze Zahl von 0 bis 10.",
        "Confidence goes from 0 (no chance) to 10 (certain); {value} is outside that range.": (
            "Die Zuversicht reicht von 0 (keine Chance) bis 10 (sicher); {value} liegt außerhalb."
        ),
        "The cycle name cannot be empty.": "Der Name des Zyklus darf nicht leer sein.",
        "The cycle ends before it starts: {end} is before {start}.": (
            "Der Zyklus endet, bevor er beginnt: {end} liegt vor {start}."
        ),
        "A cycle lasts at most {years} years; {range} is longer. Split it into shorter cycles.": (
            "Ein Zyklus dauert höchstens {years} Jahre; {range} ist länger. Teilen Sie ihn in kürzere Zyklen auf."
        ),
        "An objective cannot align to itself.": "Ein Ziel kann nicht auf sich selbst ausgerichtet werden.",
        "{child} cannot align to {parent}: {parent} already contributes to {child}, "
        "so the alignment would go round in a loop.": (
            "{child} kann nicht auf {parent} ausgerichtet werden: {parent} trägt bereits zu {child} bei, die "
            "Ausrichtung würde sich im Kreis drehen."
        ),
        "The objective to align to ({ref}) no longer exists.": (
            "Das Ziel, auf das ausgerichtet werden soll ({ref}), existiert nicht mehr."
        ),
        "{parent} is in {cycle} ({dates}), which does not contain {child_cycle} ({child_dates}).": (
            "{parent} liegt in {cycle} ({dates}), und dieser Zyklus umfasst {child_cycle} ({child_dates}) nicht."
        ),
    },
    "Services": {
        "That objective no longer exists (it may have been deleted).": (
            "Dieses Ziel existiert nicht mehr (es wurde vielleicht gelöscht)."
        ),
        "That key result no longer exists (it may have been deleted).": (
            "Dieses Schlüsselergebnis existiert nicht mehr (es wurde vielleicht gelöscht)."
        ),
        "That cycle no longer exists (it may have been deleted).": (
            "Dieser Zyklus existiert nicht mehr (er wurde vielleicht gelöscht)."
        ),
        "That check-in no longer exists (it may have been deleted).": (
            "Dieser Check-in existiert nicht mehr (er wurde vielleicht gelöscht)."
        ),
        "That team no longer exists (it may have been deleted).": (
            "Dieses Team existiert nicht mehr (es wurde vielleicht gelöscht)."
        ),
        "That person or team no longer exists (it may have been deleted).": (
            "Diese Person oder dieses Team existiert nicht mehr (der Eintrag wurde vielleicht gelöscht)."
        ),
        "That {what} no longer exists (it may have been deleted).": (
            "„{what}“ existiert nicht mehr (der Eintrag wurde vielleicht gelöscht)."
        ),
        "That key result no longer exists (it may have been deleted meanwhile), "
        "so the check-in could not be recorded.": (
            "Dieses Schlüsselergebnis existiert nicht mehr (es wurde vielleicht inzwischen gelöscht), daher "
            "konnte der Check-in nicht gespeichert werden."
        ),
    },
    "Workspace": {
        "{name} is open read-only ({reason}); nothing was changed.": (
            "{name} ist schreibgeschützt geöffnet ({reason}); es wurde nichts geändert."
        ),
        "opened for reading only": "nur zum Lesen geöffnet",
        "a newer okrdesk saved it": "eine neuere okrdesk-Version hat ihn gespeichert",
    },
    "StatusBadge": {},
}


def german(context: str, source: str) -> str | None:
    return BY_CONTEXT.get(context, {}).get(source, ANY.get(source))


def fill(path: Path = TS) -> list[tuple[str, str]]:
    """Writes the known German into the .ts; returns the (context, source) pairs still untranslated."""
    tree = ET.parse(path)
    missing = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            assert translation is not None
            text = german(name, source)
            if text is None:
                if translation.get("type") == "unfinished":  # empty, or only lupdate's guess from elsewhere
                    missing.append((name, source))
                continue
            for child in list(translation):
                translation.remove(child)
            if message.get("numerus") == "yes":  # German: singular for 1, plural otherwise (same text here)
                for _ in range(2):
                    ET.SubElement(translation, "numerusform").text = text
            else:
                translation.text = text
            translation.attrib.pop("type", None)
    ET.indent(tree)
    with path.open("wb") as out:
        out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(out, encoding="utf-8", xml_declaration=False)
        out.write(b"\n")
    return missing


if __name__ == "__main__":
    left = fill(Path(sys.argv[1]) if len(sys.argv) > 1 else TS)
    for context, source in left:
        print(f"untranslated [{context}] {source!r}")
    print(f"{len(left)} source texts have no German yet")
