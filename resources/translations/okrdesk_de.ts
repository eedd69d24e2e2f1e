<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
  <context>
    <name>AdminCommands</name>
    <message>
      <source>Add person '{name}'</source>
      <translation>Person „{name}“ hinzufügen</translation>
    </message>
    <message>
      <source>Add team '{name}'</source>
      <translation>Team „{name}“ hinzufügen</translation>
    </message>
    <message>
      <source>Rename '{name}'</source>
      <translation>„{name}“ umbenennen</translation>
    </message>
    <message>
      <source>Move '{name}' to another team</source>
      <translation>„{name}“ in ein anderes Team verschieben</translation>
    </message>
    <message>
      <source>Change '{name}'</source>
      <translation>„{name}“ ändern</translation>
    </message>
    <message>
      <source>Delete '{name}'</source>
      <translation>„{name}“ löschen</translation>
    </message>
    <message>
      <source>Add cycle '{name}'</source>
      <translation>Zyklus „{name}“ hinzufügen</translation>
    </message>
    <message>
      <source>Rename cycle '{name}'</source>
      <translation>Zyklus „{name}“ umbenennen</translation>
    </message>
    <message>
      <source>Change the state of '{name}'</source>
      <translation>Status von „{name}“ ändern</translation>
    </message>
    <message>
      <source>Change cycle '{name}'</source>
      <translation>Zyklus „{name}“ ändern</translation>
    </message>
    <message>
      <source>Delete cycle '{name}'</source>
      <translation>Zyklus „{name}“ löschen</translation>
    </message>
  </context>
  <context>
    <name>AlignToDialog</name>
    <message>
      <source>Align to</source>
      <translation>Ausrichten auf</translation>
    </message>
    <message>
      <source>What does “{title}” contribute to? Objectives of {cycle} and of the cycles that contain it:</source>
      <translation>Wozu trägt „{title}“ bei? Ziele von {cycle} und der Zyklen, die ihn umfassen:</translation>
    </message>
    <message>
      <source>Filter objectives</source>
      <translation>Ziele filtern</translation>
    </message>
    <message>
      <source>Type to filter by title, cycle or owner</source>
      <translation>Tippen, um nach Titel, Zyklus oder Verantwortlichen zu filtern</translation>
    </message>
    <message>
      <source>Align</source>
      <translation>Ausrichten</translation>
    </message>
    <message>
      <source>Objectives to align to</source>
      <translation>Ziele, auf die ausgerichtet werden kann</translation>
    </message>
    <message>
      <source>%n objective that already contributes to this one is not listed: aligning to it would make a loop.</source>
      <translation>%n Ziel, das bereits zu diesem beiträgt, fehlt in der Liste: Eine Ausrichtung darauf ergäbe einen Kreis.</translation>
    </message>
    <message>
      <source>%n objectives that already contribute to this one are not listed: aligning to them would make a loop.</source>
      <translation>%n Ziele, die bereits zu diesem beitragen, fehlen in der Liste: Eine Ausrichtung darauf ergäbe einen Kreis.</translation>
    </message>
    <message>
      <source>No parent (top level of its cycle)</source>
      <translation>Kein übergeordnetes Ziel (oberste Ebene des Zyklus)</translation>
    </message>
    <message>
      <source>{title} — {cycle}, {owner}</source>
      <translation>{title} — {cycle}, {owner}</translation>
    </message>
    <message>
      <source>{title} — {cycle}</source>
      <translation>{title} — {cycle}</translation>
    </message>
    <message>
      <source>No objective matches “{text}”.</source>
      <translation>Kein Ziel passt zu „{text}“.</translation>
    </message>
  </context>
  <context>
    <name>AlignmentTreeModel</name>
    <message>
      <source>Title</source>
      <translation>Titel</translation>
    </message>
    <message>
      <source>Owner</source>
      <translation>Verantwortlich</translation>
    </message>
    <message>
      <source>Progress</source>
      <translation>Fortschritt</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Confidence</source>
      <translation>Zuversicht</translation>
    </message>
    <message>
      <source>Last check-in</source>
      <translation>Letzter Check-in</translation>
    </message>
    <message>
      <source>On track</source>
      <translation>Im Plan</translation>
    </message>
    <message>
      <source>At risk</source>
      <translation>Gefährdet</translation>
    </message>
    <message>
      <source>Off track</source>
      <translation>Nicht im Plan</translation>
    </message>
    <message>
      <source>No data</source>
      <translation>Keine Daten</translation>
    </message>
    <message>
      <source>(dropped)</source>
      <translation>(verworfen)</translation>
    </message>
    <message>
      <source>(draft)</source>
      <translation>(Entwurf)</translation>
    </message>
    <message>
      <source>↑ aligns to “{title}” ({cycle})</source>
      <translation>↑ trägt bei zu „{title}“ ({cycle})</translation>
    </message>
    <message>
      <source>{percent}%</source>
      <translation>{percent} %</translation>
    </message>
    <message>
      <source>{date} · due</source>
      <translation>{date} · fällig</translation>
    </message>
    <message>
      <source>due</source>
      <translation>fällig</translation>
    </message>
    <message>
      <source>no check-in yet</source>
      <translation>noch kein Check-in</translation>
    </message>
    <message>
      <source>last check-in {days} days ago</source>
      <translation>letzter Check-in vor {days} Tagen</translation>
    </message>
    <message>
      <source>Due for a check-in: {since} (due after {days} days).</source>
      <translation>Check-in fällig: {since} (fällig nach {days} Tagen).</translation>
    </message>
  </context>
  <context>
    <name>CalibratePage</name>
    <message>
      <source>Calibrate</source>
      <translation>Kalibrieren</translation>
    </message>
    <message>
      <source>How well did confidence predict the outcome? For each owner: the confidence given around the middle of the cycle (÷ 10) against the final scores. Bars to the right mean over-confident, to the left under-confident.</source>
      <translation>Wie gut hat die Zuversicht das Ergebnis vorhergesagt? Für jede verantwortliche Person: die Zuversicht um die Mitte des Zyklus (÷ 10) im Vergleich zu den endgültigen Bewertungen. Balken nach rechts bedeuten zu zuversichtlich, nach links zu wenig zuversichtlich.</translation>
    </message>
    <message>
      <source>Calibration per owner</source>
      <translation>Kalibrierung je verantwortlicher Person</translation>
    </message>
    <message>
      <source>%n key result</source>
      <translation>%n Schlüsselergebnis</translation>
    </message>
    <message>
      <source>%n key results</source>
      <translation>%n Schlüsselergebnisse</translation>
    </message>
    <message>
      <source>{sentence} ({counted}; mean difference {mean})</source>
      <translation>{sentence} ({counted}; mittlere Abweichung {mean})</translation>
    </message>
    <message>
      <source>No key result has a check-in with a confidence during the cycle, so there is nothing to calibrate. Asking for a confidence at each check-in makes this page useful next time.</source>
      <translation>Kein Schlüsselergebnis hat während des Zyklus einen Check-in mit Zuversicht, daher gibt es nichts zu kalibrieren. Wenn Sie bei jedem Check-in nach der Zuversicht fragen, wird diese Seite beim nächsten Mal nützlich.</translation>
    </message>
    <message>
      <source>One key result has no check-in with a confidence during the cycle and is left out. Within {tolerance} counts as well calibrated.</source>
      <translation>Ein Schlüsselergebnis hat während des Zyklus keinen Check-in mit Zuversicht und bleibt außen vor. Eine Abweichung bis {tolerance} gilt als gut kalibriert.</translation>
    </message>
    <message>
      <source>%n key results have no check-in with a confidence during the cycle and are left out. Within {tolerance} counts as well calibrated.</source>
      <translation>%n Schlüsselergebnisse haben während des Zyklus keinen Check-in mit Zuversicht und bleiben außen vor. Eine Abweichung bis {tolerance} gilt als gut kalibriert.</translation>
    </message>
    <message>
      <source>Within {tolerance} counts as well calibrated.</source>
      <translation>Eine Abweichung bis {tolerance} gilt als gut kalibriert.</translation>
    </message>
    <message>
      <source>over-confident</source>
      <translation>zu zuversichtlich</translation>
    </message>
    <message>
      <source>under-confident</source>
      <translation>zu wenig zuversichtlich</translation>
    </message>
    <message>
      <source>Confidence minus score, per owner</source>
      <translation>Zuversicht minus Bewertung, je verantwortlicher Person</translation>
    </message>
    <message>
      <source>← under-confident · over-confident →</source>
      <translation>← zu wenig zuversichtlich · zu zuversichtlich →</translation>
    </message>
    <message>
      <source>Calibration chart</source>
      <translation>Kalibrierungsdiagramm</translation>
    </message>
  </context>
  <context>
    <name>CarryPage</name>
    <message>
      <source>Carry over</source>
      <translation>Übertragen</translation>
    </message>
    <message>
      <source>Key results that did not reach their target: carry each into the next cycle as it is, with a new title or target, or drop it. A carried key result starts at today's value and keeps its owner, its objective and where it came from.</source>
      <translation>Schlüsselergebnisse, die ihren Zielwert nicht erreicht haben: Übertragen Sie jedes unverändert oder mit neuem Titel oder Zielwert in den nächsten Zyklus, oder verwerfen Sie es. Ein übertragenes Schlüsselergebnis beginnt mit dem heutigen Wert und behält seine verantwortliche Person, sein Ziel und seine Herkunft.</translation>
    </message>
    <message>
      <source>Carry into</source>
      <translation>Übertragen in</translation>
    </message>
    <message>
      <source>Length of the new cycle</source>
      <translation>Länge des neuen Zyklus</translation>
    </message>
    <message>
      <source>Name of the new cycle</source>
      <translation>Name des neuen Zyklus</translation>
    </message>
    <message>
      <source>First day of the new cycle</source>
      <translation>Erster Tag des neuen Zyklus</translation>
    </message>
    <message>
      <source>Last day of the new cycle</source>
      <translation>Letzter Tag des neuen Zyklus</translation>
    </message>
    <message>
      <source>The new cycle (created when you press Finish)</source>
      <translation>Der neue Zyklus (wird angelegt, wenn Sie „Abschließen“ drücken)</translation>
    </message>
    <message>
      <source>&amp;Length:</source>
      <translation>&amp;Länge:</translation>
    </message>
    <message>
      <source>&amp;Name:</source>
      <translation>&amp;Name:</translation>
    </message>
    <message>
      <source>Dates:</source>
      <translation>Zeitraum:</translation>
    </message>
    <message>
      <source>Carry-over decisions</source>
      <translation>Entscheidungen zur Übertragung</translation>
    </message>
    <message>
      <source>Key result</source>
      <translation>Schlüsselergebnis</translation>
    </message>
    <message>
      <source>Now → target</source>
      <translation>Jetzt → Zielwert</translation>
    </message>
    <message>
      <source>Decision</source>
      <translation>Entscheidung</translation>
    </message>
    <message>
      <source>New title</source>
      <translation>Neuer Titel</translation>
    </message>
    <message>
      <source>New target</source>
      <translation>Neuer Zielwert</translation>
    </message>
    <message>
      <source>Carry &amp;all as is</source>
      <translation>Alle &amp;unverändert übertragen</translation>
    </message>
    <message>
      <source>D&amp;rop all</source>
      <translation>Alle &amp;verwerfen</translation>
    </message>
    <message>
      <source>Carry &amp;into:</source>
      <translation>Übertragen &amp;in:</translation>
    </message>
    <message>
      <source>A new cycle…</source>
      <translation>Neuer Zyklus …</translation>
    </message>
    <message>
      <source>Decision for {title}</source>
      <translation>Entscheidung für {title}</translation>
    </message>
    <message>
      <source>Drop</source>
      <translation>Verwerfen</translation>
    </message>
    <message>
      <source>Carry as is</source>
      <translation>Unverändert übertragen</translation>
    </message>
    <message>
      <source>Carry with changes</source>
      <translation>Mit Änderungen übertragen</translation>
    </message>
    <message>
      <source>A number; 3,5 reads as 3.5 (write 1000 without separators)</source>
      <translation>Eine Zahl wie 3,5 (1000 ohne Tausendertrennzeichen schreiben)</translation>
    </message>
    <message>
      <source>Carried as {ref}</source>
      <translation>Übertragen als {ref}</translation>
    </message>
    <message>
      <source>{title}: {problem}</source>
      <translation>{title}: {problem}</translation>
    </message>
    <message>
      <source>{total} unfinished key results: {carried} carried, {dropped} dropped.</source>
      <translation>{total} nicht erreichte Schlüsselergebnisse: {carried} übertragen, {dropped} verworfen.</translation>
    </message>
    <message>
      <source>Every key result reached its target: nothing to carry over.</source>
      <translation>Jedes Schlüsselergebnis hat seinen Zielwert erreicht: Es gibt nichts zu übertragen.</translation>
    </message>
  </context>
  <context>
    <name>CheckIn</name>
    <message>
      <source>done</source>
      <translation>erledigt</translation>
    </message>
    <message>
      <source>not done</source>
      <translation>nicht erledigt</translation>
    </message>
    <message>
      <source>keep at least {value}</source>
      <translation>mindestens {value} halten</translation>
    </message>
    <message>
      <source>keep at most {value}</source>
      <translation>höchstens {value} halten</translation>
    </message>
    <message>
      <source>a milestone: done or not done</source>
      <translation>ein Meilenstein: erledigt oder nicht erledigt</translation>
    </message>
    <message>
      <source>done by the end of the cycle</source>
      <translation>erledigt bis zum Ende des Zyklus</translation>
    </message>
    <message>
      <source>done by the end of the cycle ({day})</source>
      <translation>erledigt bis zum Ende des Zyklus ({day})</translation>
    </message>
    <message>
      <source>overachieved</source>
      <translation>übererfüllt</translation>
    </message>
    <message>
      <source>below baseline</source>
      <translation>unter dem Startwert</translation>
    </message>
    <message>
      <source>On track</source>
      <translation>Im Plan</translation>
    </message>
    <message>
      <source>At risk</source>
      <translation>Gefährdet</translation>
    </message>
    <message>
      <source>Off track</source>
      <translation>Nicht im Plan</translation>
    </message>
    <message>
      <source>No data</source>
      <translation>Keine Daten</translation>
    </message>
    <message>
      <source>low</source>
      <translation>niedrig</translation>
    </message>
    <message>
      <source>medium</source>
      <translation>mittel</translation>
    </message>
    <message>
      <source>high</source>
      <translation>hoch</translation>
    </message>
    <message>
      <source>Warning</source>
      <translation>Warnung</translation>
    </message>
    <message>
      <source>not given</source>
      <translation>nicht angegeben</translation>
    </message>
    <message>
      <source>Record in a closed cycle?</source>
      <translation>In einem abgeschlossenen Zyklus erfassen?</translation>
    </message>
    <message>
      <source>Record it</source>
      <translation>Erfassen</translation>
    </message>
    <message>
      <source>Record it anyway?</source>
      <translation>Trotzdem erfassen?</translation>
    </message>
  </context>
  <context>
    <name>CheckInCommands</name>
    <message>
      <source>Check in on “{title}”</source>
      <translation>Check-in für „{title}“</translation>
    </message>
    <message>
      <source>Check-in</source>
      <translation>Check-in</translation>
    </message>
    <message>
      <source>Weekly check-in ({count} key results)</source>
      <translation>Wöchentlicher Check-in ({count} Schlüsselergebnisse)</translation>
    </message>
    <message>
      <source>Correct a check-in</source>
      <translation>Einen Check-in korrigieren</translation>
    </message>
    <message>
      <source>Delete a check-in</source>
      <translation>Einen Check-in löschen</translation>
    </message>
    <message>
      <source>Delete {count} check-ins</source>
      <translation>{count} Check-ins löschen</translation>
    </message>
  </context>
  <context>
    <name>CheckInDialog</name>
    <message>
      <source>This key result no longer exists (it may have been deleted), so it cannot be checked in.</source>
      <translation>Dieses Schlüsselergebnis existiert nicht mehr (vielleicht wurde es gelöscht), daher ist kein Check-in möglich.</translation>
    </message>
    <message>
      <source>Check in – {title}</source>
      <translation>Check-in – {title}</translation>
    </message>
    <message>
      <source>Check in</source>
      <translation>Check-in</translation>
    </message>
    <message>
      <source>Key result:</source>
      <translation>Schlüsselergebnis:</translation>
    </message>
    <message>
      <source>Objective:</source>
      <translation>Ziel:</translation>
    </message>
    <message>
      <source>Measure:</source>
      <translation>Messgröße:</translation>
    </message>
    <message>
      <source>Current value:</source>
      <translation>Aktueller Wert:</translation>
    </message>
    <message>
      <source>Expected by today:</source>
      <translation>Bis heute erwartet:</translation>
    </message>
    <message>
      <source>Last check-in:</source>
      <translation>Letzter Check-in:</translation>
    </message>
    <message>
      <source>&amp;Done</source>
      <translation>&amp;Erledigt</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>Erledigt</translation>
    </message>
    <message>
      <source>New value</source>
      <translation>Neuer Wert</translation>
    </message>
    <message>
      <source>New &amp;value:</source>
      <translation>Neuer &amp;Wert:</translation>
    </message>
    <message>
      <source>Preview</source>
      <translation>Vorschau</translation>
    </message>
    <message>
      <source>Confidence (0–10)</source>
      <translation>Zuversicht (0–10)</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Notiz</translation>
    </message>
    <message>
      <source>What moved, what blocks, what's next (Enter: new line, Ctrl+Enter: save)</source>
      <translation>Was hat sich bewegt, was blockiert, was kommt als Nächstes? (Enter: neue Zeile, Ctrl+Enter: speichern)</translation>
    </message>
    <message>
      <source>Date and time of the check-in</source>
      <translation>Datum und Uhrzeit des Check-ins</translation>
    </message>
    <message>
      <source>&amp;Confidence:</source>
      <translation>&amp;Zuversicht:</translation>
    </message>
    <message>
      <source>&amp;Note:</source>
      <translation>&amp;Notiz:</translation>
    </message>
    <message>
      <source>&amp;When:</source>
      <translation>Zeit&amp;punkt:</translation>
    </message>
    <message>
      <source>By:</source>
      <translation>Von:</translation>
    </message>
    <message>
      <source>Copy &amp;note</source>
      <translation>Notiz &amp;kopieren</translation>
    </message>
    <message>
      <source>Copy the note to the clipboard so it is not lost</source>
      <translation>Die Notiz in die Zwischenablage kopieren, damit sie nicht verloren geht</translation>
    </message>
    <message>
      <source>&amp;Save check-in</source>
      <translation>Check-in &amp;speichern</translation>
    </message>
    <message>
      <source>{value} (the start: no check-in yet)</source>
      <translation>{value} (der Startwert: noch kein Check-in)</translation>
    </message>
    <message>
      <source>none yet</source>
      <translation>noch keiner</translation>
    </message>
    <message>
      <source>confidence {value} ({band})</source>
      <translation>Zuversicht {value} ({band})</translation>
    </message>
    <message>
      <source>nobody named: choose who you are in Preferences to sign your check-ins</source>
      <translation>niemand angegeben: Wählen Sie in den Einstellungen, wer Sie sind, damit Ihre Check-ins Ihren Namen tragen</translation>
    </message>
    <message>
      <source>New progress: {progress} · {status}</source>
      <translation>Neuer Fortschritt: {progress} · {status}</translation>
    </message>
    <message>
      <source>This is earlier than the latest check-in ({when}), so the current value stays {value}.</source>
      <translation>Das liegt vor dem neuesten Check-in ({when}), daher bleibt der aktuelle Wert {value}.</translation>
    </message>
    <message>
      <source>This key result was deleted while you were checking in, so nothing was recorded. Your value and note are still here: copy the note, or undo the deletion and save again.</source>
      <translation>Dieses Schlüsselergebnis wurde gelöscht, während Sie den Check-in erfasst haben, daher wurde nichts gespeichert. Ihr Wert und Ihre Notiz sind noch da: Kopieren Sie die Notiz, oder machen Sie das Löschen rückgängig und speichern Sie erneut.</translation>
    </message>
  </context>
  <context>
    <name>CheckInMenu</name>
    <message>
      <source>Check &amp;in…</source>
      <translation>&amp;Einchecken …</translation>
    </message>
    <message>
      <source>Record a new value for the selected key result</source>
      <translation>Einen neuen Wert für das ausgewählte Schlüsselergebnis erfassen</translation>
    </message>
    <message>
      <source>&amp;Weekly check-in…</source>
      <translation>&amp;Wöchentlicher Check-in …</translation>
    </message>
    <message>
      <source>Check in on all the key results of one person, one after another</source>
      <translation>Alle Schlüsselergebnisse einer Person nacheinander einchecken</translation>
    </message>
    <message>
      <source>&amp;Due for check-in</source>
      <translation>&amp;Fällige Check-ins</translation>
    </message>
    <message>
      <source>Show only key results due</source>
      <translation>Nur fällige Schlüsselergebnisse zeigen</translation>
    </message>
    <message>
      <source>Check-in history</source>
      <translation>Check-in-Verlauf</translation>
    </message>
    <message>
      <source>Check-in &amp;history and chart</source>
      <translation>Check-in-&amp;Verlauf und Diagramm</translation>
    </message>
    <message>
      <source>Check-&amp;ins</source>
      <translation>&amp;Check-ins</translation>
    </message>
    <message>
      <source>&amp;Due for check-in ({count})</source>
      <translation>&amp;Fällige Check-ins ({count})</translation>
    </message>
    <message>
      <source>1 of your key results in {cycle} had no check-in for more than {days} days.</source>
      <translation>1 Ihrer Schlüsselergebnisse in {cycle} hatte seit mehr als {days} Tagen keinen Check-in.</translation>
    </message>
    <message>
      <source>%n of your key results in {cycle} had no check-in for more than {days} days.</source>
      <translation>%n Ihrer Schlüsselergebnisse in {cycle} hatten seit mehr als {days} Tagen keinen Check-in.</translation>
    </message>
    <message>
      <source>%n key result in {cycle} had no check-in for more than {days} days.</source>
      <translation>%n Schlüsselergebnis in {cycle} hatte seit mehr als {days} Tagen keinen Check-in.</translation>
    </message>
    <message>
      <source>%n key results in {cycle} had no check-in for more than {days} days.</source>
      <translation>%n Schlüsselergebnisse in {cycle} hatten seit mehr als {days} Tagen keinen Check-in.</translation>
    </message>
    <message>
      <source>Nothing is due for a check-in in this view.</source>
      <translation>In dieser Ansicht ist kein Check-in fällig.</translation>
    </message>
  </context>
  <context>
    <name>CheckInPanel</name>
    <message>
      <source>Check-ins</source>
      <translation>Check-ins</translation>
    </message>
    <message>
      <source>Check-in history</source>
      <translation>Check-in-Verlauf</translation>
    </message>
    <message>
      <source>Progress chart</source>
      <translation>Fortschrittsdiagramm</translation>
    </message>
    <message>
      <source>&amp;History</source>
      <translation>&amp;Verlauf</translation>
    </message>
    <message>
      <source>C&amp;hart</source>
      <translation>&amp;Diagramm</translation>
    </message>
    <message>
      <source>Every check-in, newest first; edit or delete them</source>
      <translation>Alle Check-ins, die neuesten zuerst; zum Bearbeiten oder Löschen</translation>
    </message>
    <message>
      <source>Progress, expected pace and confidence over the cycle</source>
      <translation>Fortschritt, erwartetes Tempo und Zuversicht über den Zyklus</translation>
    </message>
  </context>
  <context>
    <name>Coach</name>
    <message>
      <source>No key results and no aligned objectives yet</source>
      <translation>Noch keine Schlüsselergebnisse und keine ausgerichteten Ziele</translation>
    </message>
    <message>
      <source>No key results yet</source>
      <translation>Noch keine Schlüsselergebnisse</translation>
    </message>
    <message>
      <source>{count} key results: five at most keep it clear</source>
      <translation>{count} Schlüsselergebnisse: Mit höchstens fünf bleibt es übersichtlich</translation>
    </message>
    <message>
      <source>{owner} has {count} objectives in this cycle</source>
      <translation>{owner} hat {count} Ziele in diesem Zyklus</translation>
    </message>
    <message>
      <source>Its owner has {count} objectives in this cycle</source>
      <translation>Die verantwortliche Person hat {count} Ziele in diesem Zyklus</translation>
    </message>
    <message>
      <source>No number says how much</source>
      <translation>Keine Zahl sagt, wie viel</translation>
    </message>
    <message>
      <source>Target {amount}, but from where?</source>
      <translation>Zielwert {amount}, aber ausgehend wovon?</translation>
    </message>
    <message>
      <source>“{verb}” sounds like an output, not an outcome</source>
      <translation>„{verb}“ klingt nach einer Aufgabe, nicht nach einer Wirkung</translation>
    </message>
    <message>
      <source>and %n more</source>
      <translation>und %n weiteren</translation>
    </message>
    <message>
      <source>Same title as {ref} {more}</source>
      <translation>Gleicher Titel wie {ref} {more}</translation>
    </message>
    <message>
      <source>Same title as {ref}</source>
      <translation>Gleicher Titel wie {ref}</translation>
    </message>
    <message>
      <source>Confidence {confidence} at the start of the cycle</source>
      <translation>Zuversicht {confidence} zu Beginn des Zyklus</translation>
    </message>
    <message>
      <source>Its progress comes from the objectives aligned to it, but none is aligned yet. Align objectives to it, or add two to five key results that say how you will know it is achieved.</source>
      <translation>Sein Fortschritt ergibt sich aus den darauf ausgerichteten Zielen, aber noch ist keines ausgerichtet. Richten Sie Ziele darauf aus, oder fügen Sie zwei bis fünf Schlüsselergebnisse hinzu, an denen Sie erkennen, dass es erreicht ist.</translation>
    </message>
    <message>
      <source>Key results make an objective measurable. Add two to five that say how you will know it is achieved; until then it has no progress.</source>
      <translation>Schlüsselergebnisse machen ein Ziel messbar. Fügen Sie zwei bis fünf hinzu, an denen Sie erkennen, dass es erreicht ist; bis dahin hat es keinen Fortschritt.</translation>
    </message>
    <message>
      <source>Three to five key results describe an objective well. More spread the attention and make the progress hard to read: keep the ones that best show the objective is met.</source>
      <translation>Drei bis fünf Schlüsselergebnisse beschreiben ein Ziel gut. Mehr zerstreuen die Aufmerksamkeit und machen den Fortschritt schwer lesbar: Behalten Sie die, die am besten zeigen, dass das Ziel erreicht ist.</translation>
    </message>
    <message>
      <source>Five objectives or fewer per owner and cycle keep the focus: with more, effort is spread thin and little gets finished. Drop, merge or postpone some of them.</source>
      <translation>Höchstens fünf Ziele pro verantwortlicher Person und Zyklus halten den Fokus: Bei mehr verteilt sich die Kraft, und wenig wird fertig. Streichen, bündeln oder verschieben Sie einige davon.</translation>
    </message>
    <message>
      <source>A key result says how much in its own words, e.g. “from 30 to 45” or “120 new products”. Without a number people read different goals into it, and nobody can tell when it is met.</source>
      <translation>Ein Schlüsselergebnis sagt in eigenen Worten, wie viel, z. B. „von 30 auf 45“ oder „120 neue Produkte“. Ohne Zahl liest jeder etwas anderes hinein, und niemand kann sagen, wann es erreicht ist.</translation>
    </message>
    <message>
      <source>The words give the target but not where you start, and the start is 0. Progress is measured from the start: enter today's value as the start and say it, e.g. “from 30 to 45”. If you really start from zero, write “from 0”.</source>
      <translation>Der Text nennt den Zielwert, aber nicht den Ausgangspunkt, und der Startwert ist 0. Fortschritt wird ab dem Startwert gemessen: Tragen Sie den heutigen Wert als Startwert ein und nennen Sie ihn, z. B. „von 30 auf 45“. Wenn Sie wirklich bei null beginnen, schreiben Sie „von 0“.</translation>
    </message>
    <message>
      <source>Key results measure the change you want to see (more customers coming back, fewer errors), not the work done to get there. Ask what “{verb}” should achieve and measure that: “Raise repeat purchases from 22% to 30%” rather than “Launch a loyalty programme”.</source>
      <translation>Schlüsselergebnisse messen die Veränderung, die Sie sehen wollen (mehr wiederkehrende Kunden, weniger Fehler), nicht die Arbeit auf dem Weg dorthin. Fragen Sie, was „{verb}“ bewirken soll, und messen Sie das: „Wiederholungskäufe von 22 % auf 30 % steigern“ statt „Treueprogramm einführen“.</translation>
    </message>
    <message>
      <source>Two key results of one objective with the same title confuse check-ins and reports. Merge them, or say in the title what sets them apart.</source>
      <translation>Zwei Schlüsselergebnisse eines Ziels mit gleichem Titel sorgen bei Check-ins und Berichten für Verwirrung. Führen Sie sie zusammen, oder sagen Sie im Titel, was sie unterscheidet.</translation>
    </message>
    <message>
      <source>Two objectives of one cycle with the same title confuse check-ins, reports and meetings. Merge them, or say in the title what sets them apart.</source>
      <translation>Zwei Ziele eines Zyklus mit gleichem Titel sorgen bei Check-ins, Berichten und Meetings für Verwirrung. Führen Sie sie zusammen, oder sagen Sie im Titel, was sie unterscheidet.</translation>
    </message>
    <message>
      <source>A confidence of {confidence} on {on}, at the start of the cycle (until {until}), says the target is sure to be reached: it is probably too easy (sandbagging). Key results should stretch; about 5 to 7 at the start is healthy. Raise the target, or check in the confidence you really have.</source>
      <translation>Eine Zuversicht von {confidence} am {on}, zu Beginn des Zyklus (bis {until}), besagt, dass der Zielwert sicher erreicht wird: Er ist wahrscheinlich zu leicht (Sandbagging). Schlüsselergebnisse sollten fordern; etwa 5 bis 7 zu Beginn ist gesund. Erhöhen Sie den Zielwert, oder erfassen Sie die Zuversicht, die Sie wirklich haben.</translation>
    </message>
  </context>
  <context>
    <name>CoachHints</name>
    <message>
      <source>Coach hints</source>
      <translation>Coach-Hinweise</translation>
    </message>
    <message>
      <source>Coach: %n hint</source>
      <translation>Coach: %n Hinweis</translation>
    </message>
    <message>
      <source>Coach: %n hints</source>
      <translation>Coach: %n Hinweise</translation>
    </message>
  </context>
  <context>
    <name>CoachMenu</name>
    <message>
      <source>&amp;Health…</source>
      <translation>OKR-&amp;Gesundheit …</translation>
    </message>
    <message>
      <source>List the coach's hints about the OKRs of the shown cycle</source>
      <translation>Die Hinweise des Coachs zu den OKRs des angezeigten Zyklus auflisten</translation>
    </message>
    <message>
      <source>&amp;View</source>
      <translation>&amp;Anzeigen</translation>
    </message>
    <message>
      <source>That item is hidden by the search or the owner filter; clear them to see it.</source>
      <translation>Dieser Eintrag ist durch die Suche oder den Filter nach Verantwortlichen ausgeblendet; setzen Sie beide zurück, um ihn zu sehen.</translation>
    </message>
  </context>
  <context>
    <name>Commands</name>
    <message>
      <source>title</source>
      <translation>Titel</translation>
    </message>
    <message>
      <source>description</source>
      <translation>Beschreibung</translation>
    </message>
    <message>
      <source>owner</source>
      <translation>Verantwortliche</translation>
    </message>
    <message>
      <source>kind</source>
      <translation>Art</translation>
    </message>
    <message>
      <source>state</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>cycle</source>
      <translation>Zyklus</translation>
    </message>
    <message>
      <source>alignment</source>
      <translation>Ausrichtung</translation>
    </message>
    <message>
      <source>progress source</source>
      <translation>Fortschrittsquelle</translation>
    </message>
    <message>
      <source>type</source>
      <translation>Typ</translation>
    </message>
    <message>
      <source>start</source>
      <translation>Startwert</translation>
    </message>
    <message>
      <source>target</source>
      <translation>Zielwert</translation>
    </message>
    <message>
      <source>unit</source>
      <translation>Einheit</translation>
    </message>
    <message>
      <source>weight</source>
      <translation>Gewichtung</translation>
    </message>
    <message>
      <source>current value</source>
      <translation>aktuellen Wert</translation>
    </message>
    <message>
      <source>decimals</source>
      <translation>Nachkommastellen</translation>
    </message>
    <message>
      <source>, </source>
      <translation>, </translation>
    </message>
    <message>
      <source>Add objective '{title}'</source>
      <translation>Ziel „{title}“ hinzufügen</translation>
    </message>
    <message>
      <source>Add key result '{title}'</source>
      <translation>Schlüsselergebnis „{title}“ hinzufügen</translation>
    </message>
    <message>
      <source>Change {fields} of '{title}'</source>
      <translation>{fields} von „{title}“ ändern</translation>
    </message>
    <message>
      <source>Delete objective '{title}'</source>
      <translation>Ziel „{title}“ löschen</translation>
    </message>
    <message>
      <source>Delete key result '{title}'</source>
      <translation>Schlüsselergebnis „{title}“ löschen</translation>
    </message>
    <message>
      <source>Move objective '{title}'</source>
      <translation>Ziel „{title}“ verschieben</translation>
    </message>
    <message>
      <source>Move key result '{title}'</source>
      <translation>Schlüsselergebnis „{title}“ verschieben</translation>
    </message>
  </context>
  <context>
    <name>ConfidenceRound</name>
    <message>
      <source>Confidence round</source>
      <translation>Zuversichtsrunde</translation>
    </message>
    <message>
      <source>How likely is each key result to be reached, from 0 (no chance) to 10 (certain)? Type each number: it stays hidden until everyone has answered. Leave one empty to skip it.</source>
      <translation>Wie wahrscheinlich wird jedes Schlüsselergebnis erreicht, von 0 (keine Chance) bis 10 (sicher)? Tippen Sie jede Zahl ein: Sie bleibt verborgen, bis alle geantwortet haben. Lassen Sie ein Feld leer, um es zu überspringen.</translation>
    </message>
    <message>
      <source>Confidence for “{title}” (0–10, hidden)</source>
      <translation>Zuversicht für „{title}“ (0–10, verborgen)</translation>
    </message>
    <message>
      <source>Revealed confidence</source>
      <translation>Aufgedeckte Zuversicht</translation>
    </message>
    <message>
      <source>Last recorded confidence</source>
      <translation>Zuletzt erfasste Zuversicht</translation>
    </message>
    <message>
      <source>Problem</source>
      <translation>Problem</translation>
    </message>
    <message>
      <source>This workspace is open read-only: the round can be revealed, but not recorded.</source>
      <translation>Dieser Arbeitsbereich ist schreibgeschützt geöffnet: Die Runde kann aufgedeckt, aber nicht erfasst werden.</translation>
    </message>
    <message>
      <source>&amp;Reveal (Enter)</source>
      <translation>&amp;Aufdecken (Enter)</translation>
    </message>
    <message>
      <source>Reveal</source>
      <translation>Aufdecken</translation>
    </message>
    <message>
      <source>Re&amp;cord as check-ins</source>
      <translation>Als Check-ins &amp;erfassen</translation>
    </message>
    <message>
      <source>Record as check-ins</source>
      <translation>Als Check-ins erfassen</translation>
    </message>
    <message>
      <source>&amp;Discard</source>
      <translation>&amp;Verwerfen</translation>
    </message>
    <message>
      <source>Discard</source>
      <translation>Verwerfen</translation>
    </message>
    <message>
      <source>last: none</source>
      <translation>zuletzt: keine</translation>
    </message>
    <message>
      <source>last: {value}</source>
      <translation>zuletzt: {value}</translation>
    </message>
    <message>
      <source>first confidence · {band}</source>
      <translation>erste Zuversicht · {band}</translation>
    </message>
    <message>
      <source>last {last} · ▲ up {diff}</source>
      <translation>zuletzt {last} · ▲ plus {diff}</translation>
    </message>
    <message>
      <source>last {last} · ▼ down {diff}</source>
      <translation>zuletzt {last} · ▼ minus {diff}</translation>
    </message>
    <message>
      <source>last {last} · = unchanged</source>
      <translation>zuletzt {last} · = unverändert</translation>
    </message>
    <message>
      <source>The confidence for “{title}” is not a whole number from 0 to 10. Type it again.</source>
      <translation>Die Zuversicht für „{title}“ ist keine ganze Zahl von 0 bis 10. Geben Sie sie erneut ein.</translation>
    </message>
    <message>
      <source>Type at least one confidence (0–10) before revealing.</source>
      <translation>Geben Sie vor dem Aufdecken mindestens eine Zuversicht (0–10) ein.</translation>
    </message>
    <message>
      <source>skipped</source>
      <translation>übersprungen</translation>
    </message>
    <message>
      <source>Revealed. Talk about the differences, then record them as check-ins or discard them.</source>
      <translation>Aufgedeckt. Sprechen Sie über die Unterschiede, und erfassen Sie die Werte dann als Check-ins oder verwerfen Sie sie.</translation>
    </message>
    <message>
      <source>A key result of this objective was deleted meanwhile, so nothing was recorded.</source>
      <translation>Ein Schlüsselergebnis dieses Ziels wurde inzwischen gelöscht, daher wurde nichts erfasst.</translation>
    </message>
    <message>
      <source>Confidence round on “{title}”</source>
      <translation>Zuversichtsrunde zu „{title}“</translation>
    </message>
  </context>
  <context>
    <name>Controller</name>
    <message>
      <source>The change was refused.</source>
      <translation>Die Änderung wurde abgelehnt.</translation>
    </message>
    <message>
      <source>That step could not be undone or redone: {reason}</source>
      <translation>Dieser Schritt konnte nicht rückgängig gemacht oder wiederhergestellt werden: {reason}</translation>
    </message>
  </context>
  <context>
    <name>Cycles</name>
    <message>
      <source>Planning</source>
      <translation>In Planung</translation>
    </message>
    <message>
      <source>Active</source>
      <translation>Aktiv</translation>
    </message>
    <message>
      <source>Closed</source>
      <translation>Abgeschlossen</translation>
    </message>
    <message>
      <source>Month</source>
      <translation>Monat</translation>
    </message>
    <message>
      <source>Quarter</source>
      <translation>Quartal</translation>
    </message>
    <message>
      <source>Half-year</source>
      <translation>Halbjahr</translation>
    </message>
    <message>
      <source>Year</source>
      <translation>Jahr</translation>
    </message>
  </context>
  <context>
    <name>CyclesDialog</name>
    <message>
      <source>Cycles</source>
      <translation>Zyklen</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>Dates</source>
      <translation>Zeitraum</translation>
    </message>
    <message>
      <source>State</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Objectives</source>
      <translation>Ziele</translation>
    </message>
    <message>
      <source>&amp;New cycle…</source>
      <translation>Neuer &amp;Zyklus …</translation>
    </message>
    <message>
      <source>&amp;Delete</source>
      <translation>&amp;Löschen</translation>
    </message>
    <message>
      <source>Delete the selected cycle (only a cycle without objectives)</source>
      <translation>Den ausgewählten Zyklus löschen (nur ein Zyklus ohne Ziele)</translation>
    </message>
    <message>
      <source>First day</source>
      <translation>Erster Tag</translation>
    </message>
    <message>
      <source>Last day</source>
      <translation>Letzter Tag</translation>
    </message>
    <message>
      <source>&amp;Change dates</source>
      <translation>Zeitraum &amp;ändern</translation>
    </message>
    <message>
      <source>&amp;Name:</source>
      <translation>&amp;Name:</translation>
    </message>
    <message>
      <source>&amp;State:</source>
      <translation>&amp;Status:</translation>
    </message>
    <message>
      <source>&amp;First day:</source>
      <translation>&amp;Erster Tag:</translation>
    </message>
    <message>
      <source>&amp;Last day:</source>
      <translation>Letzter &amp;Tag:</translation>
    </message>
  </context>
  <context>
    <name>DetailPane</name>
    <message>
      <source>Increase (from start up to target)</source>
      <translation>Steigern (vom Startwert hinauf zum Zielwert)</translation>
    </message>
    <message>
      <source>Decrease (from start down to target)</source>
      <translation>Senken (vom Startwert hinunter zum Zielwert)</translation>
    </message>
    <message>
      <source>Keep at least the target</source>
      <translation>Mindestens den Zielwert halten</translation>
    </message>
    <message>
      <source>Keep at most the target</source>
      <translation>Höchstens den Zielwert halten</translation>
    </message>
    <message>
      <source>Milestone (done or not)</source>
      <translation>Meilenstein (erledigt oder nicht)</translation>
    </message>
    <message>
      <source>Committed (expected at 1.0)</source>
      <translation>Verbindlich (erwartet: 1,0)</translation>
    </message>
    <message>
      <source>Aspirational (0.7 is a success)</source>
      <translation>Ambitioniert (0,7 ist ein Erfolg)</translation>
    </message>
    <message>
      <source>Draft</source>
      <translation>Entwurf</translation>
    </message>
    <message>
      <source>Active</source>
      <translation>Aktiv</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>Erledigt</translation>
    </message>
    <message>
      <source>Dropped</source>
      <translation>Verworfen</translation>
    </message>
    <message>
      <source>Its key results</source>
      <translation>Eigene Schlüsselergebnisse</translation>
    </message>
    <message>
      <source>Aligned objectives</source>
      <translation>Ausgerichtete Ziele</translation>
    </message>
    <message>
      <source>Both</source>
      <translation>Beides</translation>
    </message>
    <message>
      <source>Select an objective or a key result to see and edit its details.</source>
      <translation>Wählen Sie ein Ziel oder ein Schlüsselergebnis, um die Details zu sehen und zu bearbeiten.</translation>
    </message>
  </context>
  <context>
    <name>Dialogs</name>
    <message>
      <source>Problem</source>
      <translation>Problem</translation>
    </message>
    <message>
      <source> and </source>
      <translation> und </translation>
    </message>
    <message>
      <source>Undo</source>
      <translation>Rückgängig</translation>
    </message>
    <message>
      <source>Redo</source>
      <translation>Wiederherstellen</translation>
    </message>
  </context>
  <context>
    <name>DueBar</name>
    <message>
      <source>Weekly check-in…</source>
      <translation>Wöchentlicher Check-in …</translation>
    </message>
    <message>
      <source>Show them</source>
      <translation>Anzeigen</translation>
    </message>
    <message>
      <source>Hide this message</source>
      <translation>Diese Meldung ausblenden</translation>
    </message>
    <message>
      <source>Hide the due check-ins message</source>
      <translation>Die Meldung zu fälligen Check-ins ausblenden</translation>
    </message>
  </context>
  <context>
    <name>ExportDialog</name>
    <message>
      <source>PDF review pack</source>
      <translation>PDF-Review-Paket</translation>
    </message>
    <message>
      <source>PDF files (*.pdf)</source>
      <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
      <source>Markdown, for wikis and keeping</source>
      <translation>Markdown, für Wikis und zum Aufbewahren</translation>
    </message>
    <message>
      <source>Markdown files (*.md)</source>
      <translation>Markdown-Dateien (*.md)</translation>
    </message>
    <message>
      <source>CSV of key results (imports back)</source>
      <translation>CSV der Schlüsselergebnisse (wieder importierbar)</translation>
    </message>
    <message>
      <source>CSV files (*.csv)</source>
      <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
      <source>CSV check-in log</source>
      <translation>CSV-Protokoll der Check-ins</translation>
    </message>
    <message>
      <source>the latest note</source>
      <translation>die neueste Notiz</translation>
    </message>
    <message>
      <source>the latest 3 notes</source>
      <translation>die neuesten 3 Notizen</translation>
    </message>
    <message>
      <source>all notes</source>
      <translation>alle Notizen</translation>
    </message>
    <message>
      <source>Export</source>
      <translation>Exportieren</translation>
    </message>
    <message>
      <source>Format:</source>
      <translation>Format:</translation>
    </message>
    <message>
      <source>Cycle</source>
      <translation>Zyklus</translation>
    </message>
    <message>
      <source>&amp;Cycle:</source>
      <translation>&amp;Zyklus:</translation>
    </message>
    <message>
      <source>Whose OKRs</source>
      <translation>Wessen OKRs</translation>
    </message>
    <message>
      <source>&amp;Whose OKRs:</source>
      <translation>&amp;Wessen OKRs:</translation>
    </message>
    <message>
      <source>A4</source>
      <translation>A4</translation>
    </message>
    <message>
      <source>US Letter</source>
      <translation>US Letter</translation>
    </message>
    <message>
      <source>&amp;Paper:</source>
      <translation>&amp;Papier:</translation>
    </message>
    <message>
      <source>Check-in &amp;notes:</source>
      <translation>Check-in-&amp;Notizen:</translation>
    </message>
    <message>
      <source>What the file will hold</source>
      <translation>Was die Datei enthalten wird</translation>
    </message>
    <message>
      <source>Contents:</source>
      <translation>Inhalt:</translation>
    </message>
    <message>
      <source>File to write</source>
      <translation>Zu schreibende Datei</translation>
    </message>
    <message>
      <source>&amp;Browse…</source>
      <translation>&amp;Durchsuchen …</translation>
    </message>
    <message>
      <source>&amp;Save to:</source>
      <translation>&amp;Speichern unter:</translation>
    </message>
    <message>
      <source>&amp;Open the file when done</source>
      <translation>Datei danach ö&amp;ffnen</translation>
    </message>
    <message>
      <source>&amp;Export</source>
      <translation>&amp;Exportieren</translation>
    </message>
    <message>
      <source>Everyone (whole workspace)</source>
      <translation>Alle (ganzer Arbeitsbereich)</translation>
    </message>
    <message>
      <source>Team: {name}</source>
      <translation>Team: {name}</translation>
    </message>
    <message>
      <source>1:1 with {name}</source>
      <translation>1:1 mit {name}</translation>
    </message>
    <message>
      <source>Counting…</source>
      <translation>Wird gezählt …</translation>
    </message>
    <message>
      <source>All cycles</source>
      <translation>Alle Zyklen</translation>
    </message>
    <message>
      <source>all cycles</source>
      <translation>alle Zyklen</translation>
    </message>
    <message>
      <source>check-ins</source>
      <translation>Check-ins</translation>
    </message>
    <message>
      <source>review</source>
      <translation>Review</translation>
    </message>
    <message>
      <source>Choose a cycle.</source>
      <translation>Wählen Sie einen Zyklus.</translation>
    </message>
    <message>
      <source>%n objective</source>
      <translation>%n Ziel</translation>
    </message>
    <message>
      <source>%n objectives</source>
      <translation>%n Ziele</translation>
    </message>
    <message>
      <source>%n key result</source>
      <translation>%n Schlüsselergebnis</translation>
    </message>
    <message>
      <source>%n key results</source>
      <translation>%n Schlüsselergebnisse</translation>
    </message>
    <message>
      <source>About {pages} · {counts}</source>
      <translation>Etwa {pages} · {counts}</translation>
    </message>
    <message>
      <source>%n page</source>
      <translation>%n Seite</translation>
    </message>
    <message>
      <source>%n pages</source>
      <translation>%n Seiten</translation>
    </message>
    <message>
      <source>{rows}, one per key result</source>
      <translation>{rows}, eine pro Schlüsselergebnis</translation>
    </message>
    <message>
      <source>%n row</source>
      <translation>%n Zeile</translation>
    </message>
    <message>
      <source>%n rows</source>
      <translation>%n Zeilen</translation>
    </message>
    <message>
      <source>{count}, one row each</source>
      <translation>{count}, je eine Zeile</translation>
    </message>
    <message>
      <source>%n check-in</source>
      <translation>%n Check-in</translation>
    </message>
    <message>
      <source>%n check-ins</source>
      <translation>%n Check-ins</translation>
    </message>
    <message>
      <source>Export to</source>
      <translation>Exportieren nach</translation>
    </message>
    <message>
      <source>Replace the file?</source>
      <translation>Datei ersetzen?</translation>
    </message>
    <message>
      <source>{name} already exists in {folder}. Replace it?</source>
      <translation>{name} gibt es in {folder} schon. Ersetzen?</translation>
    </message>
  </context>
  <context>
    <name>ExportMenu</name>
    <message>
      <source>CSV files (*.csv *.txt);;All files (*)</source>
      <translation>CSV-Dateien (*.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
      <source>&amp;Import from CSV…</source>
      <translation>Aus CSV &amp;importieren …</translation>
    </message>
    <message>
      <source>&amp;Export…</source>
      <translation>&amp;Exportieren …</translation>
    </message>
    <message>
      <source>Write a review pack (PDF, Markdown) or CSV of the shown cycle</source>
      <translation>Ein Review-Paket (PDF, Markdown) oder eine CSV-Datei des angezeigten Zyklus schreiben</translation>
    </message>
    <message>
      <source>Add OKRs from a CSV file or a spreadsheet template</source>
      <translation>OKRs aus einer CSV-Datei oder einer Tabellenvorlage hinzufügen</translation>
    </message>
    <message>
      <source>Exporting…</source>
      <translation>Wird exportiert …</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Abbrechen</translation>
    </message>
    <message>
      <source>Export</source>
      <translation>Exportieren</translation>
    </message>
    <message>
      <source>Export cancelled; nothing was written.</source>
      <translation>Export abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
      <source>Exported {rows} key-result rows to {path}</source>
      <translation>{rows} Zeilen mit Schlüsselergebnissen nach {path} exportiert</translation>
    </message>
    <message>
      <source>Exported {rows} check-ins to {path}</source>
      <translation>{rows} Check-ins nach {path} exportiert</translation>
    </message>
    <message>
      <source>Exported the review of {cycle} to {path}</source>
      <translation>Das Review von {cycle} nach {path} exportiert</translation>
    </message>
    <message>
      <source>Exported the {cycle} review pack ({pages} pages) to {path}</source>
      <translation>Das Review-Paket {cycle} ({pages} Seiten) nach {path} exportiert</translation>
    </message>
    <message>
      <source>Import OKRs from CSV</source>
      <translation>OKRs aus CSV importieren</translation>
    </message>
    <message>
      <source>Imported {what}. A backup of the workspace was saved first: {backup}</source>
      <translation>{what} importiert. Zuvor wurde eine Sicherung des Arbeitsbereichs gespeichert: {backup}</translation>
    </message>
  </context>
  <context>
    <name>Fields</name>
    <message>
      <source>title</source>
      <extracomment>Field names as messages name them; other names are shown as they are (underscores as spaces).</extracomment>
      <translation>Titel</translation>
    </message>
    <message>
      <source>description</source>
      <translation>Beschreibung</translation>
    </message>
    <message>
      <source>unit</source>
      <translation>Einheit</translation>
    </message>
    <message>
      <source>start</source>
      <translation>Startwert</translation>
    </message>
    <message>
      <source>target</source>
      <translation>Zielwert</translation>
    </message>
    <message>
      <source>value</source>
      <translation>Wert</translation>
    </message>
    <message>
      <source>weight</source>
      <translation>Gewichtung</translation>
    </message>
    <message>
      <source>current</source>
      <translation>Aktueller Wert</translation>
    </message>
    <message>
      <source>cycle name</source>
      <translation>Zyklusname</translation>
    </message>
    <message>
      <source>name</source>
      <translation>Name</translation>
    </message>
  </context>
  <context>
    <name>FileMenu</name>
    <message>
      <source>&amp;File</source>
      <translation>&amp;Datei</translation>
    </message>
    <message>
      <source>&amp;New workspace…</source>
      <translation>&amp;Neuer Arbeitsbereich …</translation>
    </message>
    <message>
      <source>&amp;Open…</source>
      <translation>Ö&amp;ffnen …</translation>
    </message>
    <message>
      <source>Open &amp;Recent</source>
      <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
      <source>Save a &amp;Copy As…</source>
      <translation>&amp;Kopie speichern unter …</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>&amp;Beenden</translation>
    </message>
    <message>
      <source>New workspace</source>
      <translation>Neuer Arbeitsbereich</translation>
    </message>
    <message>
      <source>Open workspace</source>
      <translation>Arbeitsbereich öffnen</translation>
    </message>
    <message>
      <source>Save a copy as</source>
      <translation>Kopie speichern unter</translation>
    </message>
    <message>
      <source>That is the workspace you have open; choose another name.</source>
      <translation>Das ist der geöffnete Arbeitsbereich; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
      <source>(none yet)</source>
      <translation>(noch keine)</translation>
    </message>
    <message>
      <source>Saved a copy to {path}</source>
      <translation>Kopie unter {path} gespeichert</translation>
    </message>
  </context>
  <context>
    <name>Formats</name>
    <message>
      <source>{start} – {end}</source>
      <translation>{start} – {end}</translation>
    </message>
    <message>
      <source>{date} {time}</source>
      <translation>{date}, {time}</translation>
    </message>
    <message>
      <source>{number} %</source>
      <translation>{number} %</translation>
    </message>
  </context>
  <context>
    <name>HealthView</name>
    <message>
      <source>{hint} (dismissed)</source>
      <translation>{hint} (ausgeblendet)</translation>
    </message>
    <message>
      <source>Health</source>
      <translation>OKR-Gesundheit</translation>
    </message>
    <message>
      <source>Summary</source>
      <translation>Zusammenfassung</translation>
    </message>
    <message>
      <source>Hints</source>
      <translation>Hinweise</translation>
    </message>
    <message>
      <source>Item</source>
      <translation>Eintrag</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Titel</translation>
    </message>
    <message>
      <source>Hint</source>
      <translation>Hinweis</translation>
    </message>
    <message>
      <source>Why</source>
      <translation>Warum</translation>
    </message>
    <message>
      <source>No hints</source>
      <translation>Keine Hinweise</translation>
    </message>
    <message>
      <source>Why:</source>
      <translation>Warum:</translation>
    </message>
    <message>
      <source>Why the coach mentions the chosen hint</source>
      <translation>Warum der Coach den gewählten Hinweis gibt</translation>
    </message>
    <message>
      <source>Show &amp;dismissed hints</source>
      <translation>&amp;Ausgeblendete Hinweise zeigen</translation>
    </message>
    <message>
      <source>Show dismissed hints</source>
      <translation>Ausgeblendete Hinweise zeigen</translation>
    </message>
    <message>
      <source>&amp;Go to item</source>
      <translation>&amp;Zum Eintrag</translation>
    </message>
    <message>
      <source>Go to the item of the chosen hint</source>
      <translation>Zum Eintrag des gewählten Hinweises gehen</translation>
    </message>
    <message>
      <source>Dis&amp;miss</source>
      <translation>Aus&amp;blenden</translation>
    </message>
    <message>
      <source>Dismiss the chosen hint</source>
      <translation>Den gewählten Hinweis ausblenden</translation>
    </message>
    <message>
      <source>&amp;Bring back</source>
      <translation>&amp;Wieder einblenden</translation>
    </message>
    <message>
      <source>Bring the chosen dismissed hint back</source>
      <translation>Den gewählten ausgeblendeten Hinweis wieder einblenden</translation>
    </message>
    <message>
      <source>%n hint in {cycle}</source>
      <translation>%n Hinweis in {cycle}</translation>
    </message>
    <message>
      <source>%n hints in {cycle}</source>
      <translation>%n Hinweise in {cycle}</translation>
    </message>
    <message>
      <source>%n dismissed</source>
      <translation>%n ausgeblendet</translation>
    </message>
    <message>
      <source>No hints to show: the coach's hints here are all dismissed. Tick “Show dismissed hints” to see them again.</source>
      <translation>Keine Hinweise anzuzeigen: Alle Hinweise des Coachs sind hier ausgeblendet. Setzen Sie ein Häkchen bei „Ausgeblendete Hinweise zeigen“, um sie wieder zu sehen.</translation>
    </message>
    <message>
      <source>No hints: these OKRs follow the coach's rules.</source>
      <translation>Keine Hinweise: Diese OKRs folgen den Regeln des Coachs.</translation>
    </message>
  </context>
  <context>
    <name>HistoryModel</name>
    <message>
      <source>Date</source>
      <translation>Datum</translation>
    </message>
    <message>
      <source>Key result</source>
      <translation>Schlüsselergebnis</translation>
    </message>
    <message>
      <source>Value</source>
      <translation>Wert</translation>
    </message>
    <message>
      <source>Progress</source>
      <translation>Fortschritt</translation>
    </message>
    <message>
      <source>Confidence</source>
      <translation>Zuversicht</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Notiz</translation>
    </message>
    <message>
      <source>Author</source>
      <translation>Verfasst von</translation>
    </message>
    <message>
      <source>Raw progress at this value: above 100 % is overachieved, below 0 below the start.</source>
      <translation>Rohfortschritt bei diesem Wert: über 100 % ist übererfüllt, unter 0 liegt unter dem Startwert.</translation>
    </message>
  </context>
  <context>
    <name>HistoryView</name>
    <message>
      <source>Check-in history</source>
      <translation>Check-in-Verlauf</translation>
    </message>
    <message>
      <source>Check-ins</source>
      <translation>Check-ins</translation>
    </message>
    <message>
      <source>No check-ins</source>
      <translation>Keine Check-ins</translation>
    </message>
    <message>
      <source>Edit…</source>
      <translation>Bearbeiten …</translation>
    </message>
    <message>
      <source>Correct the selected cell (F2 or double-click)</source>
      <translation>Die ausgewählte Zelle korrigieren (F2 oder Doppelklick)</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Löschen</translation>
    </message>
    <message>
      <source>Delete the selected check-ins (Del); Ctrl+Z brings them back</source>
      <translation>Die ausgewählten Check-ins löschen (Entf); Ctrl+Z holt sie zurück</translation>
    </message>
    <message>
      <source>Last action</source>
      <translation>Letzte Aktion</translation>
    </message>
    <message>
      <source>Deleted %n check-in (Ctrl+Z to undo)</source>
      <translation>%n Check-in gelöscht (Ctrl+Z macht es rückgängig)</translation>
    </message>
    <message>
      <source>Deleted %n check-ins (Ctrl+Z to undo)</source>
      <translation>%n Check-ins gelöscht (Ctrl+Z macht es rückgängig)</translation>
    </message>
    <message>
      <source>Select a key result or an objective to see its check-ins.</source>
      <translation>Wählen Sie ein Schlüsselergebnis oder ein Ziel, um seine Check-ins zu sehen.</translation>
    </message>
    <message>
      <source>This item no longer exists.</source>
      <translation>Dieser Eintrag existiert nicht mehr.</translation>
    </message>
    <message>
      <source>Check-ins of “{title}”</source>
      <translation>Check-ins von „{title}“</translation>
    </message>
    <message>
      <source>No check-ins yet. Press Ctrl+I to check in.</source>
      <translation>Noch keine Check-ins. Drücken Sie Ctrl+I zum Einchecken.</translation>
    </message>
    <message>
      <source>No check-ins yet. Select one of its key results and press Ctrl+I to check in.</source>
      <translation>Noch keine Check-ins. Wählen Sie eines seiner Schlüsselergebnisse und drücken Sie Ctrl+I zum Einchecken.</translation>
    </message>
  </context>
  <context>
    <name>ImportDialog</name>
    <message>
      <source>Import OKRs from CSV</source>
      <translation>OKRs aus CSV importieren</translation>
    </message>
    <message>
      <source>File: {name}</source>
      <translation>Datei: {name}</translation>
    </message>
    <message>
      <source>Columns: where each field comes from</source>
      <translation>Spalten: woher jedes Feld kommt</translation>
    </message>
    <message>
      <source>Rows of the file</source>
      <translation>Zeilen der Datei</translation>
    </message>
    <message>
      <source>Problems</source>
      <translation>Probleme</translation>
    </message>
    <message>
      <source>Import</source>
      <translation>Importieren</translation>
    </message>
    <message>
      <source>%n row</source>
      <translation>%n Zeile</translation>
    </message>
    <message>
      <source>%n rows</source>
      <translation>%n Zeilen</translation>
    </message>
    <message>
      <source>Read as {layout}, in {encoding}, separated by {delimiter}; {rows}.</source>
      <translation>Gelesen als {layout}, in {encoding}, getrennt durch {delimiter}; {rows}.</translation>
    </message>
    <message>
      <source>The file could not be read as a table, so there are no columns to choose from.</source>
      <translation>Die Datei konnte nicht als Tabelle gelesen werden, daher gibt es keine Spalten zur Auswahl.</translation>
    </message>
    <message>
      <source>Nothing can be imported until the problem below is fixed.</source>
      <translation>Es kann nichts importiert werden, bis das Problem unten behoben ist.</translation>
    </message>
    <message>
      <source>Nothing can be imported until the %n problems below are fixed.</source>
      <translation>Es kann nichts importiert werden, bis die %n Probleme unten behoben sind.</translation>
    </message>
    <message>
      <source>Saves a backup of the workspace, then imports everything in one step.</source>
      <translation>Speichert eine Sicherung des Arbeitsbereichs und importiert dann alles in einem Schritt.</translation>
    </message>
    <message>
      <source>Fix the problems listed below first: nothing is imported while the file has any.</source>
      <translation>Beheben Sie zuerst die unten aufgeführten Probleme: Solange es welche gibt, wird nichts importiert.</translation>
    </message>
  </context>
  <context>
    <name>KeyResultForm</name>
    <message>
      <source>&amp;Title:</source>
      <translation>&amp;Titel:</translation>
    </message>
    <message>
      <source>T&amp;ype:</source>
      <translation>T&amp;yp:</translation>
    </message>
    <message>
      <source>&amp;Start:</source>
      <translation>&amp;Startwert:</translation>
    </message>
    <message>
      <source>Tar&amp;get:</source>
      <translation>Zie&amp;lwert:</translation>
    </message>
    <message>
      <source>&amp;Unit:</source>
      <translation>&amp;Einheit:</translation>
    </message>
    <message>
      <source>e.g. %, customers, €</source>
      <translation>z. B. %, Kunden, €</translation>
    </message>
    <message>
      <source>&amp;Weight:</source>
      <translation>&amp;Gewichtung:</translation>
    </message>
    <message>
      <source>&amp;Owner:</source>
      <translation>&amp;Verantwortlich:</translation>
    </message>
    <message>
      <source>Check &amp;in…</source>
      <translation>&amp;Einchecken …</translation>
    </message>
    <message>
      <source>Record a new value, confidence and note (Ctrl+I)</source>
      <translation>Neuen Wert, Zuversicht und Notiz erfassen (Ctrl+I)</translation>
    </message>
    <message>
      <source>Current:</source>
      <translation>Aktuell:</translation>
    </message>
    <message>
      <source>Current value</source>
      <translation>Aktueller Wert</translation>
    </message>
    <message>
      <source>&amp;Description:</source>
      <translation>Beschreib&amp;ung:</translation>
    </message>
    <message>
      <source>Key result {ref}</source>
      <translation>Schlüsselergebnis {ref}</translation>
    </message>
    <message>
      <source>{value} ({percent}, checked in {date})</source>
      <translation>{value} ({percent}, eingecheckt am {date})</translation>
    </message>
    <message>
      <source>{value} ({percent}, no check-in yet)</source>
      <translation>{value} ({percent}, noch kein Check-in)</translation>
    </message>
  </context>
  <context>
    <name>KeyResultTable</name>
    <message>
      <source>Key results</source>
      <translation>Schlüsselergebnisse</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Titel</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>Typ</translation>
    </message>
    <message>
      <source>Start</source>
      <translation>Startwert</translation>
    </message>
    <message>
      <source>Target</source>
      <translation>Zielwert</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>Einheit</translation>
    </message>
    <message>
      <source>start</source>
      <translation>Startwert</translation>
    </message>
    <message>
      <source>target</source>
      <translation>Zielwert</translation>
    </message>
    <message>
      <source>Key result {n}: the {field} “{text}” is not a number (for example {example}).</source>
      <translation>Schlüsselergebnis {n}: Der {field} „{text}“ ist keine Zahl (zum Beispiel {example}).</translation>
    </message>
    <message>
      <source>Key result {n}: enter a {field} value.</source>
      <translation>Schlüsselergebnis {n}: Geben Sie einen {field} ein.</translation>
    </message>
    <message>
      <source>Key result {n}:</source>
      <translation>Schlüsselergebnis {n}:</translation>
    </message>
    <message>
      <source>Key result {n}: give it a title that says what changes, from where to where.</source>
      <translation>Schlüsselergebnis {n}: Geben Sie ihm einen Titel, der sagt, was sich ändert – von wo nach wo.</translation>
    </message>
    <message>
      <source>Key result {n}: the target must differ from the start ({start} → {target} measures nothing).</source>
      <translation>Schlüsselergebnis {n}: Der Zielwert muss sich vom Startwert unterscheiden ({start} → {target} misst nichts).</translation>
    </message>
    <message>
      <source>Key result {n}: an increase needs a target above its start ({start} → {target}); choose Decrease as the type, or swap the numbers.</source>
      <translation>Schlüsselergebnis {n}: Beim Steigern muss der Zielwert über dem Startwert liegen ({start} → {target}); wählen Sie „Senken“ als Typ, oder tauschen Sie die Zahlen.</translation>
    </message>
    <message>
      <source>Key result {n}: a decrease needs a target below its start ({start} → {target}); choose Increase as the type, or swap the numbers.</source>
      <translation>Schlüsselergebnis {n}: Beim Senken muss der Zielwert unter dem Startwert liegen ({start} → {target}); wählen Sie „Steigern“ als Typ, oder tauschen Sie die Zahlen.</translation>
    </message>
    <message>
      <source>Key result {n}: {problem}</source>
      <translation>Schlüsselergebnis {n}: {problem}</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>Main toolbar</source>
      <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
      <source>&amp;Cycle:</source>
      <translation>&amp;Zyklus:</translation>
    </message>
    <message>
      <source>Cycle</source>
      <translation>Zyklus</translation>
    </message>
    <message>
      <source>Search titles (Ctrl+F)</source>
      <translation>Titel durchsuchen (Ctrl+F)</translation>
    </message>
    <message>
      <source>Search titles</source>
      <translation>Titel durchsuchen</translation>
    </message>
    <message>
      <source> &amp;Show:</source>
      <translation> An&amp;zeigen:</translation>
    </message>
    <message>
      <source>Show the OKRs of</source>
      <translation>OKRs zeigen von</translation>
    </message>
    <message>
      <source>Objectives and key results</source>
      <translation>Ziele und Schlüsselergebnisse</translation>
    </message>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;Rückgängig</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
      <source>Add &amp;objective</source>
      <translation>&amp;Ziel hinzufügen</translation>
    </message>
    <message>
      <source>Add an objective beside the selected one</source>
      <translation>Ein Ziel neben dem ausgewählten hinzufügen</translation>
    </message>
    <message>
      <source>Add &amp;aligned objective</source>
      <translation>&amp;Ausgerichtetes Ziel hinzufügen</translation>
    </message>
    <message>
      <source>Add an objective that contributes to the selected one</source>
      <translation>Ein Ziel hinzufügen, das zum ausgewählten beiträgt</translation>
    </message>
    <message>
      <source>Add &amp;key result</source>
      <translation>Schlüssel&amp;ergebnis hinzufügen</translation>
    </message>
    <message>
      <source>Add a key result to the selected objective</source>
      <translation>Dem ausgewählten Ziel ein Schlüsselergebnis hinzufügen</translation>
    </message>
    <message>
      <source>New from &amp;Template…</source>
      <translation>Neu aus &amp;Vorlage …</translation>
    </message>
    <message>
      <source>Add a well-formed objective with key results from a template, edited before it is added</source>
      <translation>Ein gut formuliertes Ziel mit Schlüsselergebnissen aus einer Vorlage hinzufügen, vorher bearbeitbar</translation>
    </message>
    <message>
      <source>Re&amp;name</source>
      <translation>&amp;Umbenennen</translation>
    </message>
    <message>
      <source>&amp;Delete</source>
      <translation>&amp;Löschen</translation>
    </message>
    <message>
      <source>A&amp;lign to…</source>
      <translation>Ausr&amp;ichten auf …</translation>
    </message>
    <message>
      <source>Choose the objective the selected one contributes to</source>
      <translation>Das Ziel wählen, zu dem das ausgewählte beiträgt</translation>
    </message>
    <message>
      <source>Move u&amp;p</source>
      <translation>Nach &amp;oben</translation>
    </message>
    <message>
      <source>Move do&amp;wn</source>
      <translation>Nach u&amp;nten</translation>
    </message>
    <message>
      <source>&amp;Find</source>
      <translation>&amp;Suchen</translation>
    </message>
    <message>
      <source>&amp;Expand all</source>
      <translation>Alle &amp;aufklappen</translation>
    </message>
    <message>
      <source>&amp;Collapse all</source>
      <translation>Alle &amp;zuklappen</translation>
    </message>
    <message>
      <source>&amp;Present</source>
      <translation>&amp;Präsentieren</translation>
    </message>
    <message>
      <source>Show the OKRs full screen for a meeting: slides or the tree, a timer, a confidence round</source>
      <translation>Die OKRs für ein Meeting im Vollbild zeigen: Folien oder Baum, ein Timer, eine Zuversichtsrunde</translation>
    </message>
    <message>
      <source>&amp;People and teams…</source>
      <translation>&amp;Personen und Teams …</translation>
    </message>
    <message>
      <source>&amp;Cycles…</source>
      <translation>&amp;Zyklen …</translation>
    </message>
    <message>
      <source>P&amp;references…</source>
      <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
      <source>&amp;About okrdesk</source>
      <translation>Ü&amp;ber okrdesk</translation>
    </message>
    <message>
      <source>&amp;Edit</source>
      <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
      <source>&amp;View</source>
      <translation>&amp;Ansicht</translation>
    </message>
    <message>
      <source>&amp;Theme</source>
      <translation>&amp;Farbschema</translation>
    </message>
    <message>
      <source>&amp;Workspace</source>
      <translation>A&amp;rbeitsbereich</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>&amp;Hilfe</translation>
    </message>
    <message>
      <source>Follow the &amp;system</source>
      <translation>Wie das &amp;System</translation>
    </message>
    <message>
      <source>&amp;Light</source>
      <translation>&amp;Hell</translation>
    </message>
    <message>
      <source>&amp;Dark</source>
      <translation>&amp;Dunkel</translation>
    </message>
    <message>
      <source>&amp;High contrast</source>
      <translation>Hoher &amp;Kontrast</translation>
    </message>
    <message>
      <source>Undo</source>
      <translation>Rückgängig</translation>
    </message>
    <message>
      <source>Redo</source>
      <translation>Wiederherstellen</translation>
    </message>
    <message>
      <source>{workspace} – okrdesk</source>
      <translation>{workspace} – okrdesk</translation>
    </message>
    <message>
      <source>{name}  ·  {state}</source>
      <translation>{name}  ·  {state}</translation>
    </message>
    <message>
      <source>planning</source>
      <translation>in Planung</translation>
    </message>
    <message>
      <source>active</source>
      <translation>aktiv</translation>
    </message>
    <message>
      <source>closed</source>
      <translation>abgeschlossen</translation>
    </message>
    <message>
      <source>Everyone</source>
      <translation>Alle</translation>
    </message>
    <message>
      <source>My OKRs</source>
      <translation>Meine OKRs</translation>
    </message>
    <message>
      <source>Team: {name}</source>
      <translation>Team: {name}</translation>
    </message>
    <message>
      <source>Choose who you are in Preferences to see your OKRs.</source>
      <translation>Wählen Sie in den Einstellungen, wer Sie sind, um Ihre OKRs zu sehen.</translation>
    </message>
    <message>
      <source>okrdesk</source>
      <translation>okrdesk</translation>
    </message>
    <message>
      <source>New objective</source>
      <translation>Neues Ziel</translation>
    </message>
    <message>
      <source>New key result</source>
      <translation>Neues Schlüsselergebnis</translation>
    </message>
    <message>
      <source>Delete the objective “{title}”?</source>
      <translation>Das Ziel „{title}“ löschen?</translation>
    </message>
    <message>
      <source>Its {n} key result(s) and their {c} check-in(s) will be deleted too.</source>
      <translation>Seine Schlüsselergebnisse ({n}) und deren Check-ins ({c}) werden ebenfalls gelöscht.</translation>
    </message>
    <message>
      <source>{n} aligned objective(s) will be kept, no longer aligned.</source>
      <translation>Ausgerichtete Ziele ({n}) bleiben erhalten, sind aber nicht mehr ausgerichtet.</translation>
    </message>
    <message>
      <source>Delete the key result “{title}”?</source>
      <translation>Das Schlüsselergebnis „{title}“ löschen?</translation>
    </message>
    <message>
      <source>Its {c} check-in(s) will be deleted too.</source>
      <translation>Seine Check-ins ({c}) werden ebenfalls gelöscht.</translation>
    </message>
    <message>
      <source>You can undo this with Ctrl+Z.</source>
      <translation>Sie können das mit Ctrl+Z rückgängig machen.</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Löschen</translation>
    </message>
    <message>
      <source>Align “{t}”</source>
      <translation>„{t}“ ausrichten</translation>
    </message>
    <message>
      <source>Start with an empty workspace</source>
      <translation>Mit einem leeren Arbeitsbereich beginnen</translation>
    </message>
    <message>
      <source>Remove all sample objectives, key results, check-ins, people, teams and cycles, and start with just the current quarter? This cannot be undone.</source>
      <translation>Alle Beispielziele, Schlüsselergebnisse, Check-ins, Personen, Teams und Zyklen entfernen und nur mit dem aktuellen Quartal beginnen? Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
      <source>Start empty</source>
      <translation>Leer beginnen</translation>
    </message>
    <message>
      <source>okrdesk {v}

Objectives and key results, offline.
Workspace: {path}</source>
      <translation>okrdesk {v}

Ziele und Schlüsselergebnisse, offline.
Arbeitsbereich: {path}</translation>
    </message>
    <message>
      <source>About okrdesk</source>
      <translation>Über okrdesk</translation>
    </message>
  </context>
  <context>
    <name>NewCycleDialog</name>
    <message>
      <source>New cycle</source>
      <translation>Neuer Zyklus</translation>
    </message>
    <message>
      <source>Length</source>
      <translation>Länge</translation>
    </message>
    <message>
      <source>Custom dates</source>
      <translation>Eigener Zeitraum</translation>
    </message>
    <message>
      <source>Period containing</source>
      <translation>Zeitraum mit dem Tag</translation>
    </message>
    <message>
      <source>Any day of the period the cycle covers</source>
      <translation>Ein beliebiger Tag des Zeitraums, den der Zyklus umfasst</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>First day</source>
      <translation>Erster Tag</translation>
    </message>
    <message>
      <source>Last day</source>
      <translation>Letzter Tag</translation>
    </message>
    <message>
      <source>State</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Create cycle</source>
      <translation>Zyklus anlegen</translation>
    </message>
    <message>
      <source>&amp;Length:</source>
      <translation>&amp;Länge:</translation>
    </message>
    <message>
      <source>&amp;Period containing:</source>
      <translation>&amp;Zeitraum mit dem Tag:</translation>
    </message>
    <message>
      <source>&amp;Name:</source>
      <translation>&amp;Name:</translation>
    </message>
    <message>
      <source>&amp;First day:</source>
      <translation>&amp;Erster Tag:</translation>
    </message>
    <message>
      <source>Last &amp;day:</source>
      <translation>Letzter &amp;Tag:</translation>
    </message>
    <message>
      <source>&amp;State:</source>
      <translation>&amp;Status:</translation>
    </message>
    <message>
      <source>There is already a cycle named '{name}'.</source>
      <translation>Es gibt bereits einen Zyklus namens „{name}“.</translation>
    </message>
  </context>
  <context>
    <name>NewFromTemplateDialog</name>
    <message>
      <source>New from Template</source>
      <translation>Neu aus Vorlage</translation>
    </message>
    <message>
      <source>Templates</source>
      <translation>Vorlagen</translation>
    </message>
    <message>
      <source>Template categories, each with its templates</source>
      <translation>Vorlagenkategorien mit ihren Vorlagen</translation>
    </message>
    <message>
      <source>Objective</source>
      <translation>Ziel</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Zieltyp</translation>
    </message>
    <message>
      <source>Committed (expected in full)</source>
      <translation>Verbindlich (wird voll erwartet)</translation>
    </message>
    <message>
      <source>Aspirational (70% is a success)</source>
      <translation>Ambitioniert (70 % sind ein Erfolg)</translation>
    </message>
    <message>
      <source>Owner</source>
      <translation>Verantwortlich</translation>
    </message>
    <message>
      <source>Align to the selected objective</source>
      <translation>Auf das ausgewählte Ziel ausrichten</translation>
    </message>
    <message>
      <source>&amp;Align to “{title}”</source>
      <translation>&amp;Ausrichten auf „{title}“</translation>
    </message>
    <message>
      <source>Why this template works</source>
      <translation>Warum diese Vorlage funktioniert</translation>
    </message>
    <message>
      <source>A&amp;dd key result</source>
      <translation>Schlüsselergebnis &amp;hinzufügen</translation>
    </message>
    <message>
      <source>Add key result</source>
      <translation>Schlüsselergebnis hinzufügen</translation>
    </message>
    <message>
      <source>Add a key result (Insert in the table)</source>
      <translation>Ein Schlüsselergebnis hinzufügen (Einfg in der Tabelle)</translation>
    </message>
    <message>
      <source>&amp;Remove key result</source>
      <translation>Schlüsselergebnis ent&amp;fernen</translation>
    </message>
    <message>
      <source>Remove key result</source>
      <translation>Schlüsselergebnis entfernen</translation>
    </message>
    <message>
      <source>Remove the selected key result (Delete in the table)</source>
      <translation>Das ausgewählte Schlüsselergebnis entfernen (Entf in der Tabelle)</translation>
    </message>
    <message>
      <source>Preview</source>
      <translation>Vorschau</translation>
    </message>
    <message>
      <source>&amp;Insert</source>
      <translation>&amp;Einfügen</translation>
    </message>
    <message>
      <source>(nobody)</source>
      <translation>(niemand)</translation>
    </message>
    <message>
      <source>{name} (team)</source>
      <translation>{name} (Team)</translation>
    </message>
    <message>
      <source>&amp;Objective:</source>
      <translation>&amp;Ziel:</translation>
    </message>
    <message>
      <source>&amp;Kind:</source>
      <translation>Zielt&amp;yp:</translation>
    </message>
    <message>
      <source>O&amp;wner:</source>
      <translation>&amp;Verantwortlich:</translation>
    </message>
    <message>
      <source>K&amp;ey results:</source>
      <translation>&amp;Schlüsselergebnisse:</translation>
    </message>
    <message>
      <source>Give the objective a title: what do you want to achieve?</source>
      <translation>Geben Sie dem Ziel einen Titel: Was wollen Sie erreichen?</translation>
    </message>
    <message>
      <source>Add at least one key result: it is how you will know you got there.</source>
      <translation>Fügen Sie mindestens ein Schlüsselergebnis hinzu: Daran erkennen Sie, dass Sie angekommen sind.</translation>
    </message>
  </context>
  <context>
    <name>ObjectiveForm</name>
    <message>
      <source>&amp;Title:</source>
      <translation>&amp;Titel:</translation>
    </message>
    <message>
      <source>&amp;Description:</source>
      <translation>Beschreib&amp;ung:</translation>
    </message>
    <message>
      <source>&amp;Owner:</source>
      <translation>&amp;Verantwortlich:</translation>
    </message>
    <message>
      <source>C&amp;ycle:</source>
      <translation>Zy&amp;klus:</translation>
    </message>
    <message>
      <source>Align to…</source>
      <translation>Ausrichten auf …</translation>
    </message>
    <message>
      <source>Aligns to:</source>
      <translation>Ausgerichtet auf:</translation>
    </message>
    <message>
      <source>&amp;Kind:</source>
      <translation>Zielt&amp;yp:</translation>
    </message>
    <message>
      <source>&amp;State:</source>
      <translation>&amp;Status:</translation>
    </message>
    <message>
      <source>&amp;Progress from:</source>
      <translation>&amp;Fortschritt aus:</translation>
    </message>
    <message>
      <source>Objective {ref}</source>
      <translation>Ziel {ref}</translation>
    </message>
    <message>
      <source>{name}  ({dates})</source>
      <translation>{name}  ({dates})</translation>
    </message>
    <message>
      <source>Nothing (top level)</source>
      <translation>Nichts (oberste Ebene)</translation>
    </message>
  </context>
  <context>
    <name>Opening</name>
    <message>
      <source>{who} has it open</source>
      <translation>{who} hat ihn geöffnet</translation>
    </message>
    <message>
      <source>a newer okrdesk saved it (workspace format {file}; this okrdesk knows format {ours})</source>
      <translation>ein neueres okrdesk hat ihn gespeichert (Format {file}; dieses okrdesk kennt Format {ours})</translation>
    </message>
    <message>
      <source>the file, its folder or its disk is read-only</source>
      <translation>die Datei, ihr Ordner oder ihr Laufwerk ist schreibgeschützt</translation>
    </message>
    <message>
      <source>Workspace in use</source>
      <translation>Arbeitsbereich in Benutzung</translation>
    </message>
    <message>
      <source>Open &amp;read-only</source>
      <translation>&amp;Schreibgeschützt öffnen</translation>
    </message>
    <message>
      <source>Take it over only if nobody is working in it: changes made there after it stopped answering would be lost. okrdesk then checks the whole file.</source>
      <translation>Übernehmen Sie ihn nur, wenn niemand darin arbeitet: Änderungen, die dort gemacht wurden, nachdem es nicht mehr reagierte, gingen verloren. okrdesk prüft dann die ganze Datei.</translation>
    </message>
    <message>
      <source>&amp;Take over</source>
      <translation>Ü&amp;bernehmen</translation>
    </message>
    <message>
      <source>&amp;Wait until it is free</source>
      <translation>&amp;Warten, bis er frei ist</translation>
    </message>
    <message>
      <source>Open read-only?</source>
      <translation>Schreibgeschützt öffnen?</translation>
    </message>
    <message>
      <source>Waiting</source>
      <translation>Warten</translation>
    </message>
    <message>
      <source>Waiting until {who} closes {name}…</source>
      <translation>Warten, bis {who} {name} schließt …</translation>
    </message>
    <message>
      <source>Workspace damaged</source>
      <translation>Arbeitsbereich beschädigt</translation>
    </message>
    <message>
      <source>There is no backup of it in the backups folder beside it. Keep the file: someone with SQLite tools may be able to rescue part of it.</source>
      <translation>Im Sicherungsordner daneben gibt es keine Sicherung davon. Behalten Sie die Datei: Mit SQLite-Werkzeugen lässt sich vielleicht ein Teil retten.</translation>
    </message>
    <message>
      <source>The newest good backup is from {when} ({kind}): {holds}.

Restore it? The damaged file is kept as {aside} beside it; changes made after the backup are only in that file.</source>
      <translation>Die neueste intakte Sicherung ist vom {when} ({kind}): {holds}.

Wiederherstellen? Die beschädigte Datei wird daneben als {aside} aufbewahrt; Änderungen nach der Sicherung sind nur in dieser Datei.</translation>
    </message>
    <message>
      <source>&amp;Restore the backup</source>
      <translation>Sicherung &amp;wiederherstellen</translation>
    </message>
  </context>
  <context>
    <name>PeopleTeamsDialog</name>
    <message>
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>Typ</translation>
    </message>
    <message>
      <source>E-mail</source>
      <translation>E-Mail</translation>
    </message>
    <message>
      <source>Team</source>
      <translation>Team</translation>
    </message>
    <message>
      <source>Person</source>
      <translation>Person</translation>
    </message>
    <message>
      <source>Delete {name}?</source>
      <translation>{name} löschen?</translation>
    </message>
    <message>
      <source>%n objective</source>
      <translation>%n Ziel</translation>
    </message>
    <message>
      <source>%n objectives</source>
      <translation>%n Ziele</translation>
    </message>
    <message>
      <source>%n key result</source>
      <translation>%n Schlüsselergebnis</translation>
    </message>
    <message>
      <source>%n key results</source>
      <translation>%n Schlüsselergebnisse</translation>
    </message>
    <message>
      <source>{name} owns {things}; they will have no owner.</source>
      <translation>{name} ist für {things} verantwortlich; diese sind danach niemandem mehr zugeordnet.</translation>
    </message>
    <message>
      <source>{name} wrote {check_ins}; they stay, without an author.</source>
      <translation>{name} hat {check_ins} verfasst; sie bleiben erhalten, ohne Angabe, wer sie verfasst hat.</translation>
    </message>
    <message>
      <source>%n check-in</source>
      <translation>%n Check-in</translation>
    </message>
    <message>
      <source>%n check-ins</source>
      <translation>%n Check-ins</translation>
    </message>
    <message>
      <source>%n person</source>
      <translation>%n Person</translation>
    </message>
    <message>
      <source>%n people</source>
      <translation>%n Personen</translation>
    </message>
    <message>
      <source>%n team</source>
      <translation>%n Team</translation>
    </message>
    <message>
      <source>%n teams</source>
      <translation>%n Teams</translation>
    </message>
    <message>
      <source>they will move up to {team}.</source>
      <translation>sie werden eine Ebene höher {team} zugeordnet.</translation>
    </message>
    <message>
      <source>they will have no team.</source>
      <translation>sie haben danach kein Team mehr.</translation>
    </message>
    <message>
      <source>{name} has {members} in it; {where}</source>
      <translation>{name} enthält {members}; {where}</translation>
    </message>
    <message>
      <source>You can undo this with Undo ({shortcut}).</source>
      <translation>Sie können das mit „Rückgängig“ ({shortcut}) zurücknehmen.</translation>
    </message>
    <message>
      <source>People and teams</source>
      <translation>Personen und Teams</translation>
    </message>
    <message>
      <source>Add team</source>
      <translation>Team hinzufügen</translation>
    </message>
    <message>
      <source>Add person</source>
      <translation>Person hinzufügen</translation>
    </message>
    <message>
      <source>Rename</source>
      <translation>Umbenennen</translation>
    </message>
    <message>
      <source>Delete…</source>
      <translation>Löschen …</translation>
    </message>
    <message>
      <source>Add &amp;team</source>
      <translation>&amp;Team hinzufügen</translation>
    </message>
    <message>
      <source>Add a team inside the selected team</source>
      <translation>Ein Team im ausgewählten Team hinzufügen</translation>
    </message>
    <message>
      <source>Add &amp;person</source>
      <translation>&amp;Person hinzufügen</translation>
    </message>
    <message>
      <source>Add a person to the selected team</source>
      <translation>Dem ausgewählten Team eine Person hinzufügen</translation>
    </message>
    <message>
      <source>&amp;Delete…</source>
      <translation>&amp;Löschen …</translation>
    </message>
    <message>
      <source>name@example.com</source>
      <translation>name@beispiel.de</translation>
    </message>
    <message>
      <source>&amp;Name:</source>
      <translation>&amp;Name:</translation>
    </message>
    <message>
      <source>&amp;E-mail:</source>
      <translation>&amp;E-Mail:</translation>
    </message>
    <message>
      <source>Te&amp;am:</source>
      <translation>Te&amp;am:</translation>
    </message>
    <message>
      <source>P&amp;art of:</source>
      <translation>Teil &amp;von:</translation>
    </message>
    <message>
      <source>Part of team</source>
      <translation>Teil des Teams</translation>
    </message>
    <message>
      <source>No team</source>
      <translation>Kein Team</translation>
    </message>
    <message>
      <source>Nothing (top level)</source>
      <translation>Nichts (oberste Ebene)</translation>
    </message>
    <message>
      <source>New team</source>
      <translation>Neues Team</translation>
    </message>
    <message>
      <source>New person</source>
      <translation>Neue Person</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Löschen</translation>
    </message>
    <message>
      <source>Delete person</source>
      <translation>Person löschen</translation>
    </message>
    <message>
      <source>Delete team</source>
      <translation>Team löschen</translation>
    </message>
  </context>
  <context>
    <name>PreferencesDialog</name>
    <message>
      <source>Preferences</source>
      <translation>Einstellungen</translation>
    </message>
    <message>
      <source>You</source>
      <translation>Sie</translation>
    </message>
    <message>
      <source>Who are you?</source>
      <translation>Wer sind Sie?</translation>
    </message>
    <message>
      <source>Nobody chosen</source>
      <translation>Niemand gewählt</translation>
    </message>
    <message>
      <source>{name} ({team})</source>
      <translation>{name} ({team})</translation>
    </message>
    <message>
      <source>&amp;Who are you?</source>
      <translation>&amp;Wer sind Sie?</translation>
    </message>
    <message>
      <source>Used as the author of your check-ins and to show your objectives first.</source>
      <translation>Wird als Verfasser Ihrer Check-ins verwendet und um Ihre Ziele zuerst zu zeigen.</translation>
    </message>
    <message>
      <source>Workspaces</source>
      <translation>Arbeitsbereiche</translation>
    </message>
    <message>
      <source>Check-ins are stale after (days)</source>
      <translation>Check-ins sind veraltet nach (Tagen)</translation>
    </message>
    <message>
      <source>The workspace is open read-only.</source>
      <translation>Der Arbeitsbereich ist schreibgeschützt geöffnet.</translation>
    </message>
    <message>
      <source>Workspace to open at start</source>
      <translation>Beim Start zu öffnender Arbeitsbereich</translation>
    </message>
    <message>
      <source>okrdesk's own workspace</source>
      <translation>Standard-Arbeitsbereich</translation>
    </message>
    <message>
      <source>&amp;Browse…</source>
      <translation>&amp;Durchsuchen …</translation>
    </message>
    <message>
      <source>Choose the workspace to open at start</source>
      <translation>Den Arbeitsbereich wählen, der beim Start geöffnet wird</translation>
    </message>
    <message>
      <source>Use &amp;this one</source>
      <translation>Diesen &amp;verwenden</translation>
    </message>
    <message>
      <source>Open this workspace at start</source>
      <translation>Diesen Arbeitsbereich beim Start öffnen</translation>
    </message>
    <message>
      <source>Check-ins are &amp;stale after:</source>
      <translation>Check-ins ver&amp;altet nach:</translation>
    </message>
    <message>
      <source>A key result without a check-in for this long is marked as needing an update (kept in this workspace, for everyone who opens it).</source>
      <translation>Schlüsselergebnisse ohne Check-in in dieser Zeit gelten als veraltet (gilt für alle, die diesen Arbeitsbereich öffnen).</translation>
    </message>
    <message>
      <source>&amp;Open at start:</source>
      <translation>Beim &amp;Start öffnen:</translation>
    </message>
    <message>
      <source>Leave empty to open okrdesk's own workspace in your data folder.</source>
      <translation>Leer lassen, um den Standard-Arbeitsbereich in Ihrem Datenordner zu öffnen.</translation>
    </message>
    <message>
      <source>Language and look</source>
      <translation>Sprache und Aussehen</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Sprache</translation>
    </message>
    <message>
      <source>Follow the system ({language})</source>
      <translation>Wie das System ({language})</translation>
    </message>
    <message>
      <source>Theme</source>
      <translation>Farbschema</translation>
    </message>
    <message>
      <source>Follow the system (light or dark)</source>
      <translation>Wie das System (hell oder dunkel)</translation>
    </message>
    <message>
      <source>Light</source>
      <translation>Hell</translation>
    </message>
    <message>
      <source>Dark</source>
      <translation>Dunkel</translation>
    </message>
    <message>
      <source>High contrast</source>
      <translation>Hoher Kontrast</translation>
    </message>
    <message>
      <source>&amp;Language:</source>
      <translation>S&amp;prache:</translation>
    </message>
    <message>
      <source>Dates and numbers follow it too. A new language shows when okrdesk starts next.</source>
      <translation>Datums- und Zahlenformate richten sich ebenfalls danach. Eine neue Sprache erscheint beim nächsten Start von okrdesk.</translation>
    </message>
    <message>
      <source>T&amp;heme:</source>
      <translation>&amp;Farbschema:</translation>
    </message>
    <message>
      <source>Presentation (F5)</source>
      <translation>Präsentation (F5)</translation>
    </message>
    <message>
      <source>Presentation starts with</source>
      <translation>Ansicht zu Beginn der Präsentation</translation>
    </message>
    <message>
      <source>One objective per slide</source>
      <translation>Ein Ziel pro Folie</translation>
    </message>
    <message>
      <source>The whole alignment tree</source>
      <translation>Der ganze Ausrichtungsbaum</translation>
    </message>
    <message>
      <source>Discussion time per objective (minutes)</source>
      <translation>Diskussionszeit pro Ziel (Minuten)</translation>
    </message>
    <message>
      <source> min</source>
      <translation> Min.</translation>
    </message>
    <message>
      <source>Type size in the presentation (percent)</source>
      <translation>Schriftgröße in der Präsentation (Prozent)</translation>
    </message>
    <message>
      <source>Start &amp;with:</source>
      <translation>&amp;Erste Ansicht:</translation>
    </message>
    <message>
      <source>&amp;Timer per objective:</source>
      <translation>&amp;Timer pro Ziel:</translation>
    </message>
    <message>
      <source>Type si&amp;ze:</source>
      <translation>Schrift&amp;größe:</translation>
    </message>
    <message>
      <source>Ctrl + and Ctrl − change the type size while presenting; it is kept.</source>
      <translation>Ctrl + und Ctrl − ändern die Schriftgröße während der Präsentation; sie bleibt gespeichert.</translation>
    </message>
    <message>
      <source> day</source>
      <translation> Tag</translation>
    </message>
    <message>
      <source> days</source>
      <translation> Tagen</translation>
    </message>
    <message>
      <source>okrdesk workspaces (*.okr)</source>
      <translation>okrdesk-Arbeitsbereiche (*.okr)</translation>
    </message>
    <message>
      <source>There is no workspace at {path}. Choose an existing .okr file, or leave it empty.</source>
      <translation>Unter {path} gibt es keinen Arbeitsbereich. Wählen Sie eine vorhandene .okr-Datei, oder lassen Sie das Feld leer.</translation>
    </message>
  </context>
  <context>
    <name>PresentationTree</name>
    <message>
      <source>Alignment tree</source>
      <translation>Ausrichtungsbaum</translation>
    </message>
  </context>
  <context>
    <name>PresentationWindow</name>
    <message>
      <source>okrdesk – presentation</source>
      <translation>okrdesk – Präsentation</translation>
    </message>
    <message>
      <source>Presentation</source>
      <translation>Präsentation</translation>
    </message>
    <message>
      <source>Position</source>
      <translation>Position</translation>
    </message>
    <message>
      <source>Message</source>
      <translation>Meldung</translation>
    </message>
    <message>
      <source>Keys</source>
      <translation>Tasten</translation>
    </message>
    <message>
      <source>{n} / {total}</source>
      <translation>{n} / {total}</translation>
    </message>
    <message>
      <source>0 / 0</source>
      <translation>0 / 0</translation>
    </message>
    <message>
      <source>Space record as check-ins · Esc discard · Ctrl +/− size</source>
      <translation>Leertaste als Check-ins erfassen · Esc verwerfen · Ctrl +/− Größe</translation>
    </message>
    <message>
      <source>Type each confidence (hidden) · Enter reveal · Esc discard · Ctrl +/− size</source>
      <translation>Jede Zuversicht eingeben (verborgen) · Enter aufdecken · Esc verwerfen · Ctrl +/− Größe</translation>
    </message>
    <message>
      <source>← → navigate · T timer · R reset · C confidence round · V slides · Ctrl +/− size · Esc exit</source>
      <translation>← → blättern · T Timer · R zurücksetzen · C Zuversichtsrunde · V Folien · Ctrl +/− Größe · Esc beenden</translation>
    </message>
    <message>
      <source>← → navigate · T timer · R reset · C confidence round · V tree · Ctrl +/− size · Esc exit</source>
      <translation>← → blättern · T Timer · R zurücksetzen · C Zuversichtsrunde · V Baum · Ctrl +/− Größe · Esc beenden</translation>
    </message>
    <message>
      <source>This objective has no key results to rate.</source>
      <translation>Dieses Ziel hat keine Schlüsselergebnisse zum Einschätzen.</translation>
    </message>
    <message>
      <source>Recorded %n confidence as a check-in. Ctrl+Z undoes it.</source>
      <translation>%n Zuversichtswert als Check-in erfasst. Ctrl+Z macht das rückgängig.</translation>
    </message>
    <message>
      <source>Recorded %n confidences as check-ins. Ctrl+Z undoes them.</source>
      <translation>%n Zuversichtswerte als Check-ins erfasst. Ctrl+Z macht das rückgängig.</translation>
    </message>
    <message>
      <source>Confidence round discarded.</source>
      <translation>Zuversichtsrunde verworfen.</translation>
    </message>
    <message>
      <source>Nothing to undo here: undo other changes in the main window.</source>
      <translation>Hier gibt es nichts rückgängig zu machen: Andere Änderungen machen Sie im Hauptfenster rückgängig.</translation>
    </message>
    <message>
      <source>The recorded confidences were undone.</source>
      <translation>Die erfassten Zuversichtswerte wurden rückgängig gemacht.</translation>
    </message>
  </context>
  <context>
    <name>ProgressBar</name>
    <message>
      <source>Progress</source>
      <translation>Fortschritt</translation>
    </message>
  </context>
  <context>
    <name>ProgressChart</name>
    <message>
      <source>Progress chart</source>
      <translation>Fortschrittsdiagramm</translation>
    </message>
    <message>
      <source>Progress over the cycle</source>
      <translation>Fortschritt über den Zyklus</translation>
    </message>
    <message>
      <source>Hovered point</source>
      <translation>Punkt unter dem Mauszeiger</translation>
    </message>
    <message>
      <source>Save as PNG…</source>
      <translation>Als PNG speichern …</translation>
    </message>
    <message>
      <source>Progress</source>
      <translation>Fortschritt</translation>
    </message>
    <message>
      <source>Expected pace</source>
      <translation>Erwartetes Tempo</translation>
    </message>
    <message>
      <source>Confidence</source>
      <translation>Zuversicht</translation>
    </message>
    <message>
      <source>Progress (%)</source>
      <translation>Fortschritt (%)</translation>
    </message>
    <message>
      <source>Confidence (0–10)</source>
      <translation>Zuversicht (0–10)</translation>
    </message>
    <message>
      <source>Select a key result or an objective to see its progress.</source>
      <translation>Wählen Sie ein Schlüsselergebnis oder ein Ziel, um seinen Fortschritt zu sehen.</translation>
    </message>
    <message>
      <source>This item no longer exists.</source>
      <translation>Dieser Eintrag existiert nicht mehr.</translation>
    </message>
    <message>
      <source>Point at the line to see a check-in's date and values.</source>
      <translation>Zeigen Sie auf die Linie, um Datum und Werte eines Check-ins zu sehen.</translation>
    </message>
    <message>
      <source>Expected pace on {date}: {value} %</source>
      <translation>Erwartetes Tempo am {date}: {value} %</translation>
    </message>
    <message>
      <source>progress {value} %</source>
      <translation>Fortschritt {value} %</translation>
    </message>
    <message>
      <source>value {value}</source>
      <translation>Wert {value}</translation>
    </message>
    <message>
      <source>confidence {value}/10</source>
      <translation>Zuversicht {value}/10</translation>
    </message>
    <message>
      <source>Save the chart as PNG</source>
      <translation>Diagramm als PNG speichern</translation>
    </message>
    <message>
      <source>PNG images (*.png)</source>
      <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
      <source>The chart could not be saved as {path}. Check that the folder exists and that you may write to it, then try again.</source>
      <translation>Das Diagramm konnte nicht als {path} gespeichert werden. Prüfen Sie, ob der Ordner existiert und Sie darin schreiben dürfen, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
      <source>Saved to {path}</source>
      <translation>Gespeichert unter {path}</translation>
    </message>
  </context>
  <context>
    <name>ProgressDelegate</name>
    <message>
      <source>no data</source>
      <translation>keine Daten</translation>
    </message>
  </context>
  <context>
    <name>ReadOnlyBar</name>
    <message>
      <source>Open for &amp;editing</source>
      <translation>Zum &amp;Bearbeiten öffnen</translation>
    </message>
    <message>
      <source>Open the workspace for editing</source>
      <translation>Den Arbeitsbereich zum Bearbeiten öffnen</translation>
    </message>
  </context>
  <context>
    <name>ReflectPage</name>
    <message>
      <source>Reflect</source>
      <translation>Reflektieren</translation>
    </message>
    <message>
      <source>For each objective: what went well, what got in the way, what you learned. Then, if it helps, one development need per person for the next cycle. All optional.</source>
      <translation>Für jedes Ziel: Was lief gut, was stand im Weg, was haben Sie gelernt? Danach, wenn es hilft, ein Entwicklungsbedarf pro Person für den nächsten Zyklus. Alles optional.</translation>
    </message>
    <message>
      <source>Objectives</source>
      <translation>Ziele</translation>
    </message>
    <message>
      <source>Went &amp;well:</source>
      <translation>&amp;Gut gelaufen:</translation>
    </message>
    <message>
      <source>What worked, and why</source>
      <translation>Was funktioniert hat, und warum</translation>
    </message>
    <message>
      <source>C&amp;hallenges:</source>
      <translation>&amp;Hindernisse:</translation>
    </message>
    <message>
      <source>What got in the way</source>
      <translation>Was im Weg stand</translation>
    </message>
    <message>
      <source>&amp;Lessons:</source>
      <translation>&amp;Erkenntnisse:</translation>
    </message>
    <message>
      <source>What we will do differently</source>
      <translation>Was wir anders machen werden</translation>
    </message>
    <message>
      <source>Development needs</source>
      <translation>Entwicklungsbedarf</translation>
    </message>
    <message>
      <source>Person</source>
      <translation>Person</translation>
    </message>
    <message>
      <source>Development need for the next cycle</source>
      <translation>Entwicklungsbedarf für den nächsten Zyklus</translation>
    </message>
    <message>
      <source>Development needs (optional)</source>
      <translation>Entwicklungsbedarf (optional)</translation>
    </message>
    <message>
      <source>For example: time management, a skill (negotiation, SQL), support needed (a mentor).</source>
      <translation>Zum Beispiel: Zeitmanagement, eine Fähigkeit (Verhandeln, SQL), benötigte Unterstützung (ein Mentor).</translation>
    </message>
    <message>
      <source>A text is {length} characters long; the limit is {limit}. Shorten it.</source>
      <translation>Ein Text ist {length} Zeichen lang; erlaubt sind {limit}. Kürzen Sie ihn.</translation>
    </message>
  </context>
  <context>
    <name>RestoreDialog</name>
    <message>
      <source>Restore from Backup</source>
      <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
      <source>Restoring replaces everything in {name} with the backup. What it holds now is saved as a backup first, so you can come back to it.</source>
      <translation>Beim Wiederherstellen wird der gesamte Inhalt von {name} durch die Sicherung ersetzt. Der jetzige Inhalt wird zuvor als Sicherung gespeichert, sodass Sie zu ihm zurückkehren können.</translation>
    </message>
    <message>
      <source>Backups</source>
      <translation>Sicherungen</translation>
    </message>
    <message>
      <source>When</source>
      <translation>Zeitpunkt</translation>
    </message>
    <message>
      <source>Made</source>
      <translation>Art</translation>
    </message>
    <message>
      <source>Contains</source>
      <translation>Inhalt</translation>
    </message>
    <message>
      <source>There are no backups of {name} yet in {folder}.</source>
      <translation>In {folder} gibt es noch keine Sicherungen von {name}.</translation>
    </message>
    <message>
      <source>&amp;Restore</source>
      <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
      <source>&amp;Other file…</source>
      <translation>&amp;Andere Datei …</translation>
    </message>
    <message>
      <source>Restore from a backup file somewhere else</source>
      <translation>Aus einer Sicherungsdatei an anderer Stelle wiederherstellen</translation>
    </message>
    <message>
      <source>cannot be used: {why}</source>
      <translation>nicht verwendbar: {why}</translation>
    </message>
    <message>
      <source>Restore from a backup file</source>
      <translation>Aus einer Sicherungsdatei wiederherstellen</translation>
    </message>
    <message>
      <source>okrdesk workspaces (*.okr);;All files (*)</source>
      <translation>okrdesk-Arbeitsbereiche (*.okr);;Alle Dateien (*)</translation>
    </message>
  </context>
  <context>
    <name>RetroMenu</name>
    <message>
      <source>Cycle &amp;retrospective…</source>
      <translation>&amp;Retrospektive des Zyklus …</translation>
    </message>
    <message>
      <source>Score, reflect and carry over at the end of the shown cycle</source>
      <translation>Am Ende des angezeigten Zyklus bewerten, reflektieren und übertragen</translation>
    </message>
    <message>
      <source>&amp;Show retrospective</source>
      <translation>Retrospektive &amp;anzeigen</translation>
    </message>
    <message>
      <source>Read the stored retrospective of the shown cycle</source>
      <translation>Die gespeicherte Retrospektive des angezeigten Zyklus lesen</translation>
    </message>
    <message>
      <source>&amp;Review</source>
      <translation>Aus&amp;wertung</translation>
    </message>
    <message>
      <source>Retrospective of {cycle}…</source>
      <translation>&amp;Retrospektive von {cycle} …</translation>
    </message>
    <message>
      <source>Retrospective</source>
      <translation>Retrospektive</translation>
    </message>
    <message>
      <source>The retrospective is saved; a backup of the workspace was made first.</source>
      <translation>Die Retrospektive ist gespeichert; zuvor wurde eine Sicherung des Arbeitsbereichs angelegt.</translation>
    </message>
  </context>
  <context>
    <name>RetroWizard</name>
    <message>
      <source>Cycle retrospective</source>
      <translation>Retrospektive des Zyklus</translation>
    </message>
    <message>
      <source>&amp;Finish and save</source>
      <translation>&amp;Abschließen und speichern</translation>
    </message>
    <message>
      <source>The retrospective was not saved</source>
      <translation>Die Retrospektive wurde nicht gespeichert</translation>
    </message>
    <message>
      <source>Nothing was changed:

{reason}</source>
      <translation>Es wurde nichts geändert:

{reason}</translation>
    </message>
    <message>
      <source>Something unexpected went wrong, and nothing was changed in the workspace. Your input is still here; try Finish again.

({detail})</source>
      <translation>Etwas Unerwartetes ist schiefgegangen; im Arbeitsbereich wurde nichts geändert. Ihre Eingaben sind noch da; versuchen Sie es erneut mit „Abschließen“.

({detail})</translation>
    </message>
  </context>
  <context>
    <name>Retrospective</name>
    <message>
      <source>delivered</source>
      <extracomment>Light backgrounds that keep dark text readable, also printed in greyscale (the word says the band too).</extracomment>
      <translation>erreicht</translation>
    </message>
    <message>
      <source>progress made</source>
      <translation>Fortschritt erzielt</translation>
    </message>
    <message>
      <source>no real progress</source>
      <translation>kein echter Fortschritt</translation>
    </message>
    <message>
      <source>Committed objectives · expected to reach 1.0</source>
      <translation>Verbindliche Ziele · erwartet: 1,0</translation>
    </message>
    <message>
      <source>Aspirational objectives · expected around 0.7</source>
      <translation>Ambitionierte Ziele · erwartet: etwa 0,7</translation>
    </message>
    <message>
      <source>commitment met</source>
      <translation>Zusage erfüllt</translation>
    </message>
    <message>
      <source>missed a commitment</source>
      <translation>Zusage verfehlt</translation>
    </message>
    <message>
      <source>a success</source>
      <translation>ein Erfolg</translation>
    </message>
    <message>
      <source>fell short</source>
      <translation>hinter der Erwartung</translation>
    </message>
    <message>
      <source>no confidence given</source>
      <translation>keine Zuversicht angegeben</translation>
    </message>
  </context>
  <context>
    <name>RetrospectiveView</name>
    <message>
      <source>green</source>
      <translation>grün</translation>
    </message>
    <message>
      <source>yellow</source>
      <translation>gelb</translation>
    </message>
    <message>
      <source>red</source>
      <translation>rot</translation>
    </message>
    <message>
      <source>no score</source>
      <translation>keine Bewertung</translation>
    </message>
    <message>
      <source>planning</source>
      <translation>in Planung</translation>
    </message>
    <message>
      <source>active</source>
      <translation>aktiv</translation>
    </message>
    <message>
      <source>closed</source>
      <translation>abgeschlossen</translation>
    </message>
    <message>
      <source>not finished</source>
      <translation>nicht abgeschlossen</translation>
    </message>
    <message>
      <source>finished {day} at {time}</source>
      <translation>abgeschlossen am {day} um {time}</translation>
    </message>
    <message>
      <source>Retrospective of {cycle}</source>
      <translation>Retrospektive von {cycle}</translation>
    </message>
    <message>
      <source>Headline figures</source>
      <translation>Kennzahlen</translation>
    </message>
    <message>
      <source>Mean score: </source>
      <translation>Durchschnittliche Bewertung: </translation>
    </message>
    <message>
      <source>Mean score by team:</source>
      <translation>Durchschnittliche Bewertung je Team:</translation>
    </message>
    <message>
      <source>Key results scored 0.7 or more: {share} of {count}</source>
      <translation>Schlüsselergebnisse mit Bewertung ab 0,7: {share} von {count}</translation>
    </message>
    <message>
      <source>Check-in discipline: {share} of the weeks had a check-in (mean over the key results)</source>
      <translation>Check-in-Disziplin: In {share} der Wochen gab es einen Check-in (Mittel über die Schlüsselergebnisse)</translation>
    </message>
    <message>
      <source>(deleted key result)</source>
      <translation>(gelöschtes Schlüsselergebnis)</translation>
    </message>
    <message>
      <source>: suggested {score} → final </source>
      <translation>: vorgeschlagen {score} → endgültig </translation>
    </message>
    <message>
      <source> · overridden: </source>
      <translation> · geändert: </translation>
    </message>
    <message>
      <source> · overridden</source>
      <translation> · geändert</translation>
    </message>
    <message>
      <source> · note: </source>
      <translation> · Notiz: </translation>
    </message>
    <message>
      <source>Owner: </source>
      <translation>Verantwortlich: </translation>
    </message>
    <message>
      <source>expected {score}</source>
      <translation>erwartet {score}</translation>
    </message>
    <message>
      <source>no score (no key results to score) · </source>
      <translation>keine Bewertung (keine Schlüsselergebnisse zu bewerten) · </translation>
    </message>
    <message>
      <source>Score: </source>
      <translation>Bewertung: </translation>
    </message>
    <message>
      <source>verdict: </source>
      <translation>Urteil: </translation>
    </message>
    <message>
      <source>Went well:</source>
      <translation>Gut gelaufen:</translation>
    </message>
    <message>
      <source>Challenges:</source>
      <translation>Hindernisse:</translation>
    </message>
    <message>
      <source>Lessons:</source>
      <translation>Erkenntnisse:</translation>
    </message>
    <message>
      <source>Committed objectives (expected to reach 1.0)</source>
      <translation>Verbindliche Ziele (erwartet: 1,0)</translation>
    </message>
    <message>
      <source>Aspirational objectives (expected to reach 0.7)</source>
      <translation>Ambitionierte Ziele (erwartet: 0,7)</translation>
    </message>
    <message>
      <source>Objectives</source>
      <translation>Ziele</translation>
    </message>
    <message>
      <source>This cycle has no objectives.</source>
      <translation>Dieser Zyklus hat keine Ziele.</translation>
    </message>
    <message>
      <source>Other key results</source>
      <translation>Weitere Schlüsselergebnisse</translation>
    </message>
    <message>
      <source>: dropped</source>
      <translation>: verworfen</translation>
    </message>
    <message>
      <source>(a cycle that no longer exists)</source>
      <translation>(ein nicht mehr vorhandener Zyklus)</translation>
    </message>
    <message>
      <source> → not created in {cycle}</source>
      <translation> → nicht angelegt in {cycle}</translation>
    </message>
    <message>
      <source> → {ref} in {cycle}</source>
      <translation> → {ref} in {cycle}</translation>
    </message>
    <message>
      <source>, as is</source>
      <translation>, unverändert</translation>
    </message>
    <message>
      <source>, with changes</source>
      <translation>, mit Änderungen</translation>
    </message>
    <message>
      <source>: now </source>
      <translation>: jetzt </translation>
    </message>
    <message>
      <source> (from {start} to {target})</source>
      <translation> (von {start} auf {target})</translation>
    </message>
    <message>
      <source>Development needs</source>
      <translation>Entwicklungsbedarf</translation>
    </message>
    <message>
      <source>(someone no longer listed)</source>
      <translation>(jemand, der nicht mehr aufgeführt ist)</translation>
    </message>
    <message>
      <source>Calibration (mid-cycle confidence against the final scores)</source>
      <translation>Kalibrierung (Zuversicht zur Zyklusmitte im Vergleich zu den endgültigen Bewertungen)</translation>
    </message>
    <message>
      <source>{n} key results</source>
      <translation>{n} Schlüsselergebnisse</translation>
    </message>
    <message>
      <source>{n} key result</source>
      <translation>{n} Schlüsselergebnis</translation>
    </message>
    <message>
      <source>Carry-over</source>
      <translation>Übertragung</translation>
    </message>
    <message>
      <source>Summary</source>
      <translation>Zusammenfassung</translation>
    </message>
    <message>
      <source>No summary was written.</source>
      <translation>Es wurde keine Zusammenfassung geschrieben.</translation>
    </message>
    <message>
      <source>Retrospective report</source>
      <translation>Bericht der Retrospektive</translation>
    </message>
    <message>
      <source>&amp;Edit Retrospective…</source>
      <translation>Retrospektive &amp;bearbeiten …</translation>
    </message>
    <message>
      <source>Open the retrospective wizard with this retrospective filled in</source>
      <translation>Den Retrospektive-Assistenten mit dieser Retrospektive ausgefüllt öffnen</translation>
    </message>
    <message>
      <source>&amp;Copy as Text</source>
      <translation>Als Text &amp;kopieren</translation>
    </message>
    <message>
      <source>Put the report on the clipboard as plain text</source>
      <translation>Den Bericht als reinen Text in die Zwischenablage legen</translation>
    </message>
    <message>
      <source>Retrospective</source>
      <translation>Retrospektive</translation>
    </message>
    <message>
      <source>This cycle no longer exists (it may have been deleted), so it has no retrospective.</source>
      <translation>Dieser Zyklus existiert nicht mehr (vielleicht wurde er gelöscht), daher hat er keine Retrospektive.</translation>
    </message>
    <message>
      <source>{cycle} has no stored retrospective.</source>
      <translation>{cycle} hat keine gespeicherte Retrospektive.</translation>
    </message>
  </context>
  <context>
    <name>SampleBanner</name>
    <message>
      <source>This workspace holds sample OKRs to explore okrdesk. Change anything you like, or start afresh.</source>
      <translation>Dieser Arbeitsbereich enthält Beispiel-OKRs zum Erkunden von okrdesk. Ändern Sie, was Sie möchten, oder beginnen Sie neu.</translation>
    </message>
    <message>
      <source>Start with an empty workspace</source>
      <translation>Mit einem leeren Arbeitsbereich beginnen</translation>
    </message>
  </context>
  <context>
    <name>ScopePage</name>
    <message>
      <source>Which cycle, and whose OKRs?</source>
      <translation>Welcher Zyklus, und wessen OKRs?</translation>
    </message>
    <message>
      <source>Choose the cycle to look back on and whose objectives this meeting covers. Nothing is saved until you press Finish on the last page.</source>
      <translation>Wählen Sie den Zyklus, auf den Sie zurückblicken, und wessen Ziele dieses Meeting behandelt. Gespeichert wird erst, wenn Sie auf der letzten Seite „Abschließen“ drücken.</translation>
    </message>
    <message>
      <source>Cycle</source>
      <translation>Zyklus</translation>
    </message>
    <message>
      <source>Scope</source>
      <translation>Umfang</translation>
    </message>
    <message>
      <source>&amp;Cycle:</source>
      <translation>Z&amp;yklus:</translation>
    </message>
    <message>
      <source>&amp;Whose OKRs:</source>
      <translation>Wessen &amp;OKRs:</translation>
    </message>
    <message>
      <source>Key results without a recent check-in</source>
      <translation>Schlüsselergebnisse ohne aktuellen Check-in</translation>
    </message>
    <message>
      <source>Key result</source>
      <translation>Schlüsselergebnis</translation>
    </message>
    <message>
      <source>Owner</source>
      <translation>Verantwortlich</translation>
    </message>
    <message>
      <source>Last check-in</source>
      <translation>Letzter Check-in</translation>
    </message>
    <message>
      <source>Check &amp;in…</source>
      <translation>&amp;Einchecken …</translation>
    </message>
    <message>
      <source>Record today's value of the selected key result</source>
      <translation>Den heutigen Wert des ausgewählten Schlüsselergebnisses erfassen</translation>
    </message>
    <message>
      <source>Everyone (the whole workspace)</source>
      <translation>Alle (der ganze Arbeitsbereich)</translation>
    </message>
    <message>
      <source>{name} (team, with its sub-teams)</source>
      <translation>{name} (Team, mit Unterteams)</translation>
    </message>
    <message>
      <source>This workspace has no cycles yet; add one under Workspace → Cycles.</source>
      <translation>Dieser Arbeitsbereich hat noch keine Zyklen; legen Sie einen unter Arbeitsbereich → Zyklen an.</translation>
    </message>
    <message>
      <source>This cycle's retrospective was finished on {day}. It opens with what was decided then; finishing again replaces it.</source>
      <translation>Die Retrospektive dieses Zyklus wurde am {day} abgeschlossen. Sie öffnet sich mit den damaligen Entscheidungen; erneutes Abschließen ersetzt sie.</translation>
    </message>
    <message>
      <source>{objectives} objectives and {krs} key results to look back on.</source>
      <translation>{objectives} Ziele und {krs} Schlüsselergebnisse für den Rückblick.</translation>
    </message>
    <message>
      <source>never</source>
      <translation>nie</translation>
    </message>
    <message>
      <source>Before you score: {count} key results have no check-in in the last {days} days. Check in now so the suggested scores use today's values (double-click a row); check-ins are saved right away, like any other.</source>
      <translation>Bevor Sie bewerten: {count} Schlüsselergebnisse haben in den letzten {days} Tagen keinen Check-in. Checken Sie jetzt ein, damit die vorgeschlagenen Bewertungen die heutigen Werte verwenden (Doppelklick auf eine Zeile); Check-ins werden wie alle anderen sofort gespeichert.</translation>
    </message>
    <message>
      <source>Every key result has a check-in from the last {days} days.</source>
      <translation>Jedes Schlüsselergebnis hat einen Check-in aus den letzten {days} Tagen.</translation>
    </message>
    <message>
      <source>Objectives without key results (nothing to score): {titles}</source>
      <translation>Ziele ohne Schlüsselergebnisse (nichts zu bewerten): {titles}</translation>
    </message>
  </context>
  <context>
    <name>ScorePage</name>
    <message>
      <source>Final score</source>
      <translation>Endgültige Bewertung</translation>
    </message>
    <message>
      <source>Why the score differs from the suggestion</source>
      <translation>Warum die Bewertung vom Vorschlag abweicht</translation>
    </message>
    <message>
      <source>Reason for the changed score</source>
      <translation>Grund für die geänderte Bewertung</translation>
    </message>
    <message>
      <source>Score each key result</source>
      <translation>Jedes Schlüsselergebnis bewerten</translation>
    </message>
    <message>
      <source>Each key result starts at its suggested score (its progress, 0.0–1.0). Change a score where the numbers do not tell the whole story, and say why. Green (0.7 and up) means delivered.</source>
      <translation>Jedes Schlüsselergebnis beginnt mit seiner vorgeschlagenen Bewertung (seinem Fortschritt, 0,0–1,0). Ändern Sie eine Bewertung, wo die Zahlen nicht alles sagen, und begründen Sie es. Grün (ab 0,7) bedeutet erreicht.</translation>
    </message>
    <message>
      <source>Objective / key result</source>
      <translation>Ziel / Schlüsselergebnis</translation>
    </message>
    <message>
      <source>Owner</source>
      <translation>Verantwortlich</translation>
    </message>
    <message>
      <source>Last value</source>
      <translation>Letzter Wert</translation>
    </message>
    <message>
      <source>Confidence trend</source>
      <translation>Zuversichtstrend</translation>
    </message>
    <message>
      <source>Suggested</source>
      <translation>Vorschlag</translation>
    </message>
    <message>
      <source>Score</source>
      <translation>Bewertung</translation>
    </message>
    <message>
      <source>Reason for a change</source>
      <translation>Grund der Änderung</translation>
    </message>
    <message>
      <source>Scores</source>
      <translation>Bewertungen</translation>
    </message>
    <message>
      <source>Back to &amp;suggested</source>
      <translation>Zum &amp;Vorschlag zurück</translation>
    </message>
    <message>
      <source>Give the selected key result its suggested score again</source>
      <translation>Dem ausgewählten Schlüsselergebnis wieder seine vorgeschlagene Bewertung geben</translation>
    </message>
    <message>
      <source>Measures: {range}</source>
      <translation>Misst: {range}</translation>
    </message>
    <message>
      <source>no key results: nothing to score</source>
      <translation>keine Schlüsselergebnisse: nichts zu bewerten</translation>
    </message>
    <message>
      <source>  (changed)</source>
      <translation>  (geändert)</translation>
    </message>
    <message>
      <source>say why (required)</source>
      <translation>begründen (erforderlich)</translation>
    </message>
    <message>
      <source>Expected: {expected}</source>
      <translation>Erwartet: {expected}</translation>
    </message>
    <message>
      <source>{changed} of {total} scores changed.</source>
      <translation>{changed} von {total} Bewertungen geändert.</translation>
    </message>
    <message>
      <source>Say why you changed the score of: {titles}</source>
      <translation>Begründen Sie die geänderte Bewertung von: {titles}</translation>
    </message>
  </context>
  <context>
    <name>Services</name>
    <message>
      <source>That key result no longer exists (it may have been deleted meanwhile), so the check-in could not be recorded.</source>
      <translation>Dieses Schlüsselergebnis existiert nicht mehr (es wurde vielleicht inzwischen gelöscht), daher konnte der Check-in nicht gespeichert werden.</translation>
    </message>
    <message>
      <source>That objective no longer exists (it may have been deleted).</source>
      <extracomment>"That … no longer exists" for each kind of item, whole sentences so a translation can inflect them.</extracomment>
      <translation>Dieses Ziel existiert nicht mehr (es wurde vielleicht gelöscht).</translation>
    </message>
    <message>
      <source>That key result no longer exists (it may have been deleted).</source>
      <translation>Dieses Schlüsselergebnis existiert nicht mehr (es wurde vielleicht gelöscht).</translation>
    </message>
    <message>
      <source>That cycle no longer exists (it may have been deleted).</source>
      <translation>Dieser Zyklus existiert nicht mehr (er wurde vielleicht gelöscht).</translation>
    </message>
    <message>
      <source>That check-in no longer exists (it may have been deleted).</source>
      <translation>Dieser Check-in existiert nicht mehr (er wurde vielleicht gelöscht).</translation>
    </message>
    <message>
      <source>That team no longer exists (it may have been deleted).</source>
      <translation>Dieses Team existiert nicht mehr (es wurde vielleicht gelöscht).</translation>
    </message>
    <message>
      <source>That person or team no longer exists (it may have been deleted).</source>
      <translation>Diese Person oder dieses Team existiert nicht mehr (der Eintrag wurde vielleicht gelöscht).</translation>
    </message>
    <message>
      <source>That {what} no longer exists (it may have been deleted).</source>
      <translation>„{what}“ existiert nicht mehr (der Eintrag wurde vielleicht gelöscht).</translation>
    </message>
  </context>
  <context>
    <name>SlideView</name>
    <message>
      <source>Slide</source>
      <translation>Folie</translation>
    </message>
    <message>
      <source>Nothing to present: the main window shows no objectives.</source>
      <translation>Nichts zu präsentieren: Das Hauptfenster zeigt keine Ziele.</translation>
    </message>
    <message>
      <source>Contributes to: {title}</source>
      <translation>Trägt bei zu: {title}</translation>
    </message>
    <message>
      <source>Objective</source>
      <translation>Ziel</translation>
    </message>
    <message>
      <source>No owner</source>
      <translation>Niemand verantwortlich</translation>
    </message>
    <message>
      <source>Owner and cycle</source>
      <translation>Verantwortlich und Zyklus</translation>
    </message>
    <message>
      <source>Objective progress</source>
      <translation>Fortschritt des Ziels</translation>
    </message>
    <message>
      <source>Key results</source>
      <translation>Schlüsselergebnisse</translation>
    </message>
    <message>
      <source>No key results yet.</source>
      <translation>Noch keine Schlüsselergebnisse.</translation>
    </message>
    <message>
      <source>+ {count} more hidden by the main window's filter</source>
      <translation>+ {count} weitere, durch den Filter des Hauptfensters ausgeblendet</translation>
    </message>
    <message>
      <source>Key result</source>
      <translation>Schlüsselergebnis</translation>
    </message>
    <message>
      <source>▲ overachieved</source>
      <translation>▲ übererfüllt</translation>
    </message>
    <message>
      <source>▼ below baseline</source>
      <translation>▼ unter dem Startwert</translation>
    </message>
    <message>
      <source>Value, target and confidence</source>
      <translation>Wert, Zielwert und Zuversicht</translation>
    </message>
    <message>
      <source>Now: {now}</source>
      <translation>Jetzt: {now}</translation>
    </message>
    <message>
      <source>Now {now} · {goal}</source>
      <translation>Jetzt {now} · {goal}</translation>
    </message>
    <message>
      <source>Now {now} · target {target}</source>
      <translation>Jetzt {now} · Zielwert {target}</translation>
    </message>
    <message>
      <source>Confidence: not given yet</source>
      <translation>Zuversicht: noch nicht angegeben</translation>
    </message>
    <message>
      <source>Confidence {value}/10 · {band}</source>
      <translation>Zuversicht {value}/10 · {band}</translation>
    </message>
    <message>
      <source>Draft</source>
      <translation>Entwurf</translation>
    </message>
    <message>
      <source>✓ Done</source>
      <translation>✓ Erledigt</translation>
    </message>
    <message>
      <source>Dropped</source>
      <translation>Verworfen</translation>
    </message>
    <message>
      <source>Aspirational</source>
      <translation>Ambitioniert</translation>
    </message>
  </context>
  <context>
    <name>Startup</name>
    <message>
      <source>Your default workspace {path} was not found; okrdesk opened its own workspace.</source>
      <translation>Ihr Standard-Arbeitsbereich {path} wurde nicht gefunden; okrdesk hat seinen eigenen geöffnet.</translation>
    </message>
  </context>
  <context>
    <name>StatusBadge</name>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
  </context>
  <context>
    <name>SummaryPage</name>
    <message>
      <source>Summary</source>
      <translation>Zusammenfassung</translation>
    </message>
    <message>
      <source>Check the figures and the decisions; Finish saves them all at once.</source>
      <translation>Prüfen Sie die Zahlen und Entscheidungen; „Abschließen“ speichert alles auf einmal.</translation>
    </message>
    <message>
      <source>Summary of the retrospective</source>
      <translation>Zusammenfassung der Retrospektive</translation>
    </message>
    <message>
      <source>Summary of the cycle</source>
      <translation>Zusammenfassung des Zyklus</translation>
    </message>
    <message>
      <source>The cycle in a few sentences, in the team's words (optional)</source>
      <translation>Der Zyklus in wenigen Sätzen, in den Worten des Teams (optional)</translation>
    </message>
    <message>
      <source>Summary of the &amp;cycle:</source>
      <translation>Zusammen&amp;fassung des Zyklus:</translation>
    </message>
    <message>
      <source>and closes {cycle}</source>
      <translation>und schließt {cycle} ab</translation>
    </message>
    <message>
      <source>and keeps {cycle} open until every team has scored its part</source>
      <translation>und lässt {cycle} offen, bis jedes Team seinen Teil bewertet hat</translation>
    </message>
    <message>
      <source>Finish first saves a backup copy of the workspace in {folder}, then saves all of this in one step {closing}. Undo cannot take it back; run the retrospective again to change it.</source>
      <translation>„Abschließen“ speichert zuerst eine Sicherungskopie des Arbeitsbereichs in {folder}, dann all dies in einem Schritt {closing}. „Rückgängig“ kann das nicht zurücknehmen; führen Sie die Retrospektive erneut durch, um etwas zu ändern.</translation>
    </message>
    <message>
      <source>everyone</source>
      <translation>alle</translation>
    </message>
    <message>
      <source>Mean score</source>
      <translation>Durchschnittliche Bewertung</translation>
    </message>
    <message>
      <source>Key results at 0.7 or more (delivered)</source>
      <translation>Schlüsselergebnisse ab 0,7 (erreicht)</translation>
    </message>
    <message>
      <source>Check-in discipline (weeks with a check-in)</source>
      <translation>Check-in-Disziplin (Wochen mit Check-in)</translation>
    </message>
    <message>
      <source>Committed (expected 1.0)</source>
      <translation>Verbindlich (erwartet: 1,0)</translation>
    </message>
    <message>
      <source>Aspirational (expected around 0.7)</source>
      <translation>Ambitioniert (erwartet: etwa 0,7)</translation>
    </message>
    <message>
      <source>no key results</source>
      <translation>keine Schlüsselergebnisse</translation>
    </message>
    <message>
      <source>{name} (a new cycle)</source>
      <translation>{name} (ein neuer Zyklus)</translation>
    </message>
    <message>
      <source>as is</source>
      <translation>unverändert</translation>
    </message>
    <message>
      <source>with changes</source>
      <translation>mit Änderungen</translation>
    </message>
    <message>
      <source>already carried as {ref}</source>
      <translation>bereits übertragen als {ref}</translation>
    </message>
    <message>
      <source>Reflections on {n} of {total} objectives; {needs} development needs.</source>
      <translation>Reflexionen zu {n} von {total} Zielen; Entwicklungsbedarf: {needs}.</translation>
    </message>
  </context>
  <context>
    <name>Templates</name>
    <message>
      <source>Increase</source>
      <translation>Steigern</translation>
    </message>
    <message>
      <source>Decrease</source>
      <translation>Senken</translation>
    </message>
    <message>
      <source>Keep at least</source>
      <translation>Mindestens halten</translation>
    </message>
    <message>
      <source>Keep at most</source>
      <translation>Höchstens halten</translation>
    </message>
    <message>
      <source>Milestone</source>
      <translation>Meilenstein</translation>
    </message>
    <message>
      <source>LOWERCASE_SENTENCE_START</source>
      <comment>Translate as 'no' in languages where a sentence's first word keeps its capital in mid-sentence (German nouns); anything else lowercases it</comment>
      <translation>no</translation>
    </message>
    <message>
      <source>Key result type</source>
      <translation>Typ des Schlüsselergebnisses</translation>
    </message>
    <message>
      <source>I will {objective} as measured by …</source>
      <translation>Ich werde {objective}, gemessen an …</translation>
    </message>
    <message>
      <source>I will {objective} as measured by {key_results}.</source>
      <translation>Ich werde {objective}, gemessen an: {key_results}.</translation>
    </message>
    <message>
      <source>There is no cycle to add objectives to. Create one with Workspace → Cycles… first.</source>
      <translation>Es gibt keinen Zyklus, dem Ziele hinzugefügt werden können. Legen Sie zuerst einen unter Arbeitsbereich → Zyklen … an.</translation>
    </message>
    <message>
      <source>{name} is open read-only ({reason}), so no template can be inserted.</source>
      <translation>{name} ist schreibgeschützt geöffnet ({reason}), daher kann keine Vorlage eingefügt werden.</translation>
    </message>
    <message>
      <source>Insert “{title}” from a template</source>
      <translation>„{title}“ aus einer Vorlage einfügen</translation>
    </message>
    <message>
      <source>Sales</source>
      <translation>Vertrieb</translation>
    </message>
    <message>
      <source>Make our pipeline predictable and our wins repeatable</source>
      <translation>Pipeline planbar und Abschlüsse wiederholbar machen</translation>
    </message>
    <message>
      <source>Three outcomes that feed each other: more qualified demand, a higher share of it won, and less time spent winning it. None of them says which activity gets you there; that stays the team's choice.</source>
      <translation>Drei Ergebnisse, die einander stärken: mehr qualifizierte Nachfrage, ein größerer Anteil davon gewonnen und weniger Zeit, um sie zu gewinnen. Keines davon sagt, mit welcher Aktivität Sie dorthin kommen; das bleibt die Entscheidung des Teams.</translation>
    </message>
    <message>
      <source>Increase qualified opportunities from 40 to 60 a month</source>
      <translation>Zahl qualifizierter Verkaufschancen von 40 auf 60 pro Monat steigern</translation>
    </message>
    <message>
      <source>opportunities</source>
      <translation>Verkaufschancen</translation>
    </message>
    <message>
      <source>Raise the win rate of qualified opportunities from 18% to 25%</source>
      <translation>Abschlussquote qualifizierter Verkaufschancen von 18 % auf 25 % erhöhen</translation>
    </message>
    <message>
      <source>Shorten the average sales cycle from 62 to 45 days</source>
      <translation>Dauer des Verkaufszyklus im Durchschnitt von 62 auf 45 Tage verkürzen</translation>
    </message>
    <message>
      <source>days</source>
      <translation>Tage</translation>
    </message>
    <message>
      <source>Win the mid-market</source>
      <translation>Mittelstand als Kundensegment gewinnen</translation>
    </message>
    <message>
      <source>An aspirational objective: reaching 70% of these targets is a good result. Each key result measures the market's answer (customers, revenue share, commitment), not the campaigns that ask the question.</source>
      <translation>Ein ambitioniertes Ziel: 70 % dieser Zielwerte zu erreichen ist ein gutes Ergebnis. Jedes Schlüsselergebnis misst die Antwort des Marktes (Kunden, Umsatzanteil, Bindung), nicht die Kampagnen, die die Frage stellen.</translation>
    </message>
    <message>
      <source>Grow the number of mid-market customers from 35 to 60</source>
      <translation>Zahl der Mittelstandskunden von 35 auf 60 steigern</translation>
    </message>
    <message>
      <source>customers</source>
      <translation>Kunden</translation>
    </message>
    <message>
      <source>Increase the mid-market share of new revenue from 22% to 35%</source>
      <translation>Anteil des Mittelstands am Neuumsatz von 22 % auf 35 % steigern</translation>
    </message>
    <message>
      <source>Raise the share of mid-market deals signed for several years from 10% to 25%</source>
      <translation>Anteil mehrjähriger Verträge mit dem Mittelstand von 10 % auf 25 % erhöhen</translation>
    </message>
    <message>
      <source>Turn our existing customers into our best source of growth</source>
      <translation>Bestandskunden zu unserer besten Wachstumsquelle machen</translation>
    </message>
    <message>
      <source>Growth from customers who already trust you is cheaper and lasts longer. The key results count what customers do (buy more, stay, recommend), each from today's baseline.</source>
      <translation>Wachstum mit Kunden, die Ihnen schon vertrauen, ist günstiger und hält länger. Die Schlüsselergebnisse zählen, was Kunden tun (mehr kaufen, bleiben, weiterempfehlen), jeweils vom heutigen Stand aus.</translation>
    </message>
    <message>
      <source>Increase expansion revenue from 15% to 25% of new bookings</source>
      <translation>Anteil des Zusatzumsatzes mit Bestandskunden am Auftragseingang von 15 % auf 25 % steigern</translation>
    </message>
    <message>
      <source>Grow the customers using two or more products from 120 to 200</source>
      <translation>Zahl der Kunden mit zwei oder mehr Produkten von 120 auf 200 steigern</translation>
    </message>
    <message>
      <source>Raise referred opportunities from 5 to 15 a quarter</source>
      <translation>Verkaufschancen aus Empfehlungen von 5 auf 15 pro Quartal steigern</translation>
    </message>
    <message>
      <source>Customer success</source>
      <translation>Kundenerfolg</translation>
    </message>
    <message>
      <source>Make every new customer successful in their first 90 days</source>
      <translation>Neukunden in ihren ersten 90 Tagen zum Erfolg führen</translation>
    </message>
    <message>
      <source>Early value predicts renewal. The key results follow a new customer's path: how soon they get value, whether they finish onboarding, and whether they stay.</source>
      <translation>Früher Nutzen sagt die Vertragsverlängerung voraus. Die Schlüsselergebnisse folgen dem Weg eines Neukunden: wie schnell er Nutzen hat, ob er das Onboarding abschließt und ob er bleibt.</translation>
    </message>
    <message>
      <source>Cut the median time to first value from 21 to 10 days</source>
      <translation>Zeit bis zum ersten Nutzen (Median) von 21 auf 10 Tage senken</translation>
    </message>
    <message>
      <source>Raise onboarding completed within 30 days from 55% to 80%</source>
      <translation>Anteil der innerhalb von 30 Tagen abgeschlossenen Onboardings von 55 % auf 80 % erhöhen</translation>
    </message>
    <message>
      <source>Reduce churn in the first 90 days from 9% to 4%</source>
      <translation>Abwanderung in den ersten 90 Tagen von 9 % auf 4 % senken</translation>
    </message>
    <message>
      <source>Turn our customers into fans</source>
      <translation>Kunden zu Fans machen</translation>
    </message>
    <message>
      <source>Fans recommend you, forgive the odd mistake and tell their story. Measure the recommendation, the everyday experience and the stories told, and expect to reach about 70% of it.</source>
      <translation>Fans empfehlen Sie weiter, verzeihen den gelegentlichen Fehler und erzählen ihre Geschichte. Messen Sie die Weiterempfehlung, das alltägliche Erlebnis und die erzählten Geschichten, und rechnen Sie damit, etwa 70 % davon zu erreichen.</translation>
    </message>
    <message>
      <source>Raise the Net Promoter Score from 32 to 45</source>
      <translation>Net Promoter Score von 32 auf 45 steigern</translation>
    </message>
    <message>
      <source>points</source>
      <translation>Punkte</translation>
    </message>
    <message>
      <source>Raise satisfaction with support conversations from 86% to 93%</source>
      <translation>Zufriedenheit mit Supportgesprächen von 86 % auf 93 % erhöhen</translation>
    </message>
    <message>
      <source>Grow the published customer stories from 4 to 12</source>
      <translation>Zahl veröffentlichter Kundengeschichten von 4 auf 12 steigern</translation>
    </message>
    <message>
      <source>stories</source>
      <translation>Geschichten</translation>
    </message>
    <message>
      <source>Keep the customers we have and grow with them</source>
      <translation>Kunden halten und mit ihnen wachsen</translation>
    </message>
    <message>
      <source>Retention is an outcome of everything else the team does, so measure it directly: revenue kept and grown, customers lost, and the share of accounts that are healthy today.</source>
      <translation>Kundenbindung ist das Ergebnis von allem anderen, was das Team tut; messen Sie sie deshalb direkt: gehaltenen und gewachsenen Umsatz, verlorene Kunden und den Anteil der Kundenkonten, die heute gesund sind.</translation>
    </message>
    <message>
      <source>Increase net revenue retention from 98% to 108%</source>
      <translation>Net Revenue Retention von 98 % auf 108 % steigern</translation>
    </message>
    <message>
      <source>Reduce monthly customer churn from 2.5% to 1.5%</source>
      <translation>Kundenabwanderung pro Monat von 2,5 % auf 1,5 % senken</translation>
    </message>
    <message>
      <source>Raise the share of healthy accounts from 60% to 75%</source>
      <translation>Anteil gesunder Kundenkonten von 60 % auf 75 % erhöhen</translation>
    </message>
    <message>
      <source>Engineering</source>
      <translation>Softwareentwicklung</translation>
    </message>
    <message>
      <source>Ship with confidence, every day</source>
      <translation>Änderungen täglich und sicher in Produktion bringen</translation>
    </message>
    <message>
      <source>Speed and stability together: deploying more often only counts when changes fail less often and problems are fixed quickly. The three key results keep each other honest.</source>
      <translation>Tempo und Stabilität zusammen: Häufigere Deployments zählen nur, wenn Änderungen seltener scheitern und Probleme schnell behoben werden. Die drei Schlüsselergebnisse halten einander ehrlich.</translation>
    </message>
    <message>
      <source>Increase deployments to production from 3 to 10 a week</source>
      <translation>Deployments in Produktion von 3 auf 10 pro Woche steigern</translation>
    </message>
    <message>
      <source>deployments</source>
      <translation>Deployments</translation>
    </message>
    <message>
      <source>Cut the change failure rate from 18% to 8%</source>
      <translation>Fehlerquote bei Änderungen von 18 % auf 8 % senken</translation>
    </message>
    <message>
      <source>Reduce the median time to restore service from 240 to 60 minutes</source>
      <translation>Zeit bis zur Wiederherstellung des Dienstes (Median) von 240 auf 60 Minuten senken</translation>
    </message>
    <message>
      <source>minutes</source>
      <translation>Minuten</translation>
    </message>
    <message>
      <source>Make the product feel instant</source>
      <translation>Produkt ohne spürbare Wartezeit machen</translation>
    </message>
    <message>
      <source>What users feel, measured where they feel it: page loads, crashes and the answers of the API. An aspirational objective; reaching 70% is a good quarter.</source>
      <translation>Was Nutzer spüren, gemessen dort, wo sie es spüren: Seitenaufrufe, Abstürze und die Antworten der API. Ein ambitioniertes Ziel; 70 % zu erreichen ist ein gutes Quartal.</translation>
    </message>
    <message>
      <source>Cut the slowest page loads (95th percentile) from 3.2 to 1.5 seconds</source>
      <translation>Ladezeit der langsamsten Seitenaufrufe (95. Perzentil) von 3,2 auf 1,5 Sekunden senken</translation>
    </message>
    <message>
      <source>seconds</source>
      <translation>Sekunden</translation>
    </message>
    <message>
      <source>Reduce sessions with a crash from 1.8% to 0.5%</source>
      <translation>Anteil der Sitzungen mit Absturz von 1,8 % auf 0,5 % senken</translation>
    </message>
    <message>
      <source>Raise API calls answered within 200 ms from 90% to 99%</source>
      <translation>Anteil der API-Aufrufe mit Antwort innerhalb von 200 ms von 90 % auf 99 % erhöhen</translation>
    </message>
    <message>
      <source>Make our code a place people enjoy changing</source>
      <translation>Code zu einem Ort machen, an dem Änderungen Freude machen</translation>
    </message>
    <message>
      <source>A healthy codebase shows in its results: reviews that do not wait, fewer defects reaching customers, and developers who like their tools. Refactoring projects are the how, not the key results.</source>
      <translation>Eine gesunde Codebasis zeigt sich an ihren Ergebnissen: Reviews ohne Wartezeit, weniger Fehler, die bei Kunden ankommen, und Entwickler, die ihre Werkzeuge mögen. Refactoring-Projekte sind der Weg, nicht die Schlüsselergebnisse.</translation>
    </message>
    <message>
      <source>Cut the median time from pull request to merge from 30 to 8 hours</source>
      <translation>Zeit vom Pull-Request bis zum Merge (Median) von 30 auf 8 Stunden senken</translation>
    </message>
    <message>
      <source>hours</source>
      <translation>Stunden</translation>
    </message>
    <message>
      <source>Reduce defects found by customers from 12 to 4 a release</source>
      <translation>Fehler, die Kunden finden, von 12 auf 4 pro Release senken</translation>
    </message>
    <message>
      <source>defects</source>
      <translation>Fehler</translation>
    </message>
    <message>
      <source>Raise developer satisfaction with our tools from 3.1 to 4.2 out of 5</source>
      <translation>Zufriedenheit der Entwickler mit unseren Werkzeugen von 3,1 auf 4,2 (von 5) steigern</translation>
    </message>
    <message>
      <source>Hiring and retention</source>
      <translation>Recruiting und Mitarbeiterbindung</translation>
    </message>
    <message>
      <source>Hire great people before our competitors do</source>
      <translation>Top-Talente vor unseren Wettbewerbern gewinnen</translation>
    </message>
    <message>
      <source>Speed, success and the candidate's experience of the process, each from today's baseline. The number of interviews held or job posts written would be output, not outcome.</source>
      <translation>Tempo, Erfolg und das Erlebnis der Bewerber im Prozess, jeweils vom heutigen Stand aus. Die Zahl geführter Interviews oder geschriebener Stellenanzeigen wäre Aufwand, nicht Wirkung.</translation>
    </message>
    <message>
      <source>Cut the time from opening a role to a signed offer from 58 to 35 days</source>
      <translation>Zeit von der Stellenausschreibung bis zum unterschriebenen Angebot von 58 auf 35 Tage senken</translation>
    </message>
    <message>
      <source>Raise the offer acceptance rate from 70% to 85%</source>
      <translation>Annahmequote unserer Angebote von 70 % auf 85 % erhöhen</translation>
    </message>
    <message>
      <source>Raise the candidate experience rating from 3.8 to 4.5 out of 5</source>
      <translation>Bewertung des Bewerbungserlebnisses von 3,8 auf 4,5 (von 5) steigern</translation>
    </message>
    <message>
      <source>Make this the best place our people have ever worked</source>
      <translation>Unternehmen zum besten Arbeitsplatz machen, den unsere Leute je hatten</translation>
    </message>
    <message>
      <source>People stay where they grow and are heard. The key results measure whether they would recommend working here, whether the people you want to keep stay, and whether they grow into new roles.</source>
      <translation>Menschen bleiben, wo sie wachsen und gehört werden. Die Schlüsselergebnisse messen, ob sie die Arbeit hier weiterempfehlen würden, ob die Menschen bleiben, die Sie halten wollen, und ob sie in neue Rollen hineinwachsen.</translation>
    </message>
    <message>
      <source>Raise the employee Net Promoter Score from 12 to 30</source>
      <translation>Employee Net Promoter Score von 12 auf 30 steigern</translation>
    </message>
    <message>
      <source>Reduce regretted attrition from 14% to 8% a year</source>
      <translation>Fluktuation von Leistungsträgern von 14 % auf 8 % pro Jahr senken</translation>
    </message>
    <message>
      <source>Increase roles filled from inside the company from 10% to 25%</source>
      <translation>Anteil intern besetzter Stellen von 10 % auf 25 % erhöhen</translation>
    </message>
    <message>
      <source>Personal development</source>
      <translation>Persönliche Entwicklung</translation>
    </message>
    <message>
      <source>Become a confident public speaker</source>
      <translation>Auftritte vor Publikum souverän meistern</translation>
    </message>
    <message>
      <source>Confidence grows with practice and with feedback. Count the talks given and what the audience thought of them, not the courses taken.</source>
      <translation>Sicherheit wächst mit Übung und Feedback. Zählen Sie die gehaltenen Vorträge und was das Publikum davon hielt, nicht die besuchten Kurse.</translation>
    </message>
    <message>
      <source>Increase talks given to groups of 20 or more from 0 to 4</source>
      <translation>Vorträge vor Gruppen ab 20 Personen von 0 auf 4 steigern</translation>
    </message>
    <message>
      <source>talks</source>
      <translation>Vorträge</translation>
    </message>
    <message>
      <source>Raise my average audience rating from 3.5 to 4.5 out of 5</source>
      <translation>Bewertung meiner Vorträge durch das Publikum im Schnitt von 3,5 auf 4,5 (von 5) steigern</translation>
    </message>
    <message>
      <source>Grow into a leader people want to follow</source>
      <translation>Führungsrolle so ausfüllen, dass andere mir gern folgen</translation>
    </message>
    <message>
      <source>Leadership is measured by the people led: whether they feel you help them grow, whether the one-to-ones you plan actually happen, and whether others ask you to mentor them.</source>
      <translation>Führung misst sich an den Geführten: ob sie spüren, dass Sie ihnen beim Wachsen helfen, ob die geplanten Einzelgespräche wirklich stattfinden und ob andere Sie bitten, sie als Mentor zu begleiten.</translation>
    </message>
    <message>
      <source>Raise my team's “my manager helps me grow” score from 65% to 80%</source>
      <translation>Zustimmung meines Teams zu „Meine Führungskraft hilft mir zu wachsen“ von 65 % auf 80 % erhöhen</translation>
    </message>
    <message>
      <source>Increase the planned one-to-ones that take place from 60% to 95%</source>
      <translation>Anteil der geplanten Einzelgespräche, die stattfinden, von 60 % auf 95 % erhöhen</translation>
    </message>
    <message>
      <source>Grow the number of people I mentor from 1 to 3</source>
      <translation>Zahl der Personen, die ich als Mentor begleite, von 1 auf 3 steigern</translation>
    </message>
    <message>
      <source>people</source>
      <translation>Personen</translation>
    </message>
    <message>
      <source>Make health and focus a daily habit</source>
      <translation>Gesundheit und Fokus zur täglichen Gewohnheit machen</translation>
    </message>
    <message>
      <source>Habits show in numbers you can check each week: focused hours, sleep and active days, each from where you are today.</source>
      <translation>Gewohnheiten zeigen sich in Zahlen, die Sie jede Woche prüfen können: konzentrierte Stunden, Schlaf und aktive Tage, jeweils von Ihrem heutigen Stand aus.</translation>
    </message>
    <message>
      <source>Increase focused deep-work time from 6 to 15 hours a week</source>
      <translation>Zeit für konzentriertes Arbeiten von 6 auf 15 Stunden pro Woche steigern</translation>
    </message>
    <message>
      <source>Raise my average sleep from 6.2 to 7.5 hours a night</source>
      <translation>Schlafdauer im Schnitt von 6,2 auf 7,5 Stunden pro Nacht erhöhen</translation>
    </message>
    <message>
      <source>Increase active days from 2 to 4 a week</source>
      <translation>Zahl aktiver Tage von 2 auf 4 pro Woche steigern</translation>
    </message>
  </context>
  <context>
    <name>TimerLabel</name>
    <message>
      <source>Discussion timer</source>
      <translation>Diskussionstimer</translation>
    </message>
    <message>
      <source>Time's up {over}</source>
      <translation>Zeit abgelaufen {over}</translation>
    </message>
    <message>
      <source>{left} paused</source>
      <translation>{left} angehalten</translation>
    </message>
  </context>
  <context>
    <name>Validation</name>
    <message>
      <source>The {field} must be a finite number.</source>
      <translation>Das Feld „{field}“ muss eine endliche Zahl enthalten.</translation>
    </message>
    <message>
      <source>The {field} is too large: numbers must lie between {low:,} and {high:,}.</source>
      <translation>Das Feld „{field}“ ist zu groß: Zahlen müssen zwischen {low:,} und {high:,} liegen.</translation>
    </message>
    <message>
      <source>The {field} cannot be empty: enter a number.</source>
      <translation>Das Feld „{field}“ darf nicht leer sein: Geben Sie eine Zahl ein.</translation>
    </message>
    <message>
      <source>'{text}' is not a number.</source>
      <translation>„{text}“ ist keine Zahl.</translation>
    </message>
    <message>
      <source>The {field} must be a single line: remove the line breaks.</source>
      <translation>Das Feld „{field}“ muss einzeilig sein: Entfernen Sie die Zeilenumbrüche.</translation>
    </message>
    <message>
      <source>The {field} contains an invisible control character (U+{code}); remove it.</source>
      <translation>Das Feld „{field}“ enthält ein unsichtbares Steuerzeichen (U+{code}); entfernen Sie es.</translation>
    </message>
    <message>
      <source>The {field} is {length:,} characters long; the limit is {limit:,}.</source>
      <translation>Das Feld „{field}“ ist {length:,} Zeichen lang; erlaubt sind {limit:,}.</translation>
    </message>
    <message>
      <source>The {field} cannot be empty.</source>
      <translation>Das Feld „{field}“ darf nicht leer sein.</translation>
    </message>
    <message>
      <source>The {field} is {length:,} characters long; the limit is {limit:,}. Keep the {field} short and put the details in the description.</source>
      <translation>Das Feld „{field}“ ist {length:,} Zeichen lang; erlaubt sind {limit:,}. Halten Sie „{field}“ kurz und schreiben Sie die Einzelheiten in die Beschreibung.</translation>
    </message>
    <message>
      <source>'{text}' is not a key result type; choose {choices}.</source>
      <translation>„{text}“ ist kein Typ eines Schlüsselergebnisses; wählen Sie {choices}.</translation>
    </message>
    <message>
      <source>The weight must be a finite number.</source>
      <translation>Die Gewichtung muss eine endliche Zahl sein.</translation>
    </message>
    <message>
      <source>The weight cannot be negative; use 0 to leave the key result out of progress.</source>
      <translation>Die Gewichtung darf nicht negativ sein; mit 0 zählt das Schlüsselergebnis nicht zum Fortschritt.</translation>
    </message>
    <message>
      <source>The weight is at most {limit}, and {weight} is more; weights only count relative to each other, so smaller numbers work the same.</source>
      <translation>Die Gewichtung ist höchstens {limit}, und {weight} ist mehr; Gewichtungen zählen nur im Verhältnis zueinander, kleinere Zahlen wirken also genauso.</translation>
    </message>
    <message>
      <source>The target must differ from the start: {start} → {target} measures nothing.</source>
      <translation>Der Zielwert muss sich vom Startwert unterscheiden: {start} → {target} misst nichts.</translation>
    </message>
    <message>
      <source>An increasing key result needs a target above its start ({start} → {target}); did you mean 'decrease'?</source>
      <translation>Ein steigendes Schlüsselergebnis braucht einen Zielwert über dem Startwert ({start} → {target}); meinten Sie „sinken“?</translation>
    </message>
    <message>
      <source>A decreasing key result needs a target below its start ({start} → {target}); did you mean 'increase'?</source>
      <translation>Ein sinkendes Schlüsselergebnis braucht einen Zielwert unter dem Startwert ({start} → {target}); meinten Sie „steigen“?</translation>
    </message>
    <message>
      <source>A milestone starts at 0 (not done).</source>
      <translation>Ein Meilenstein beginnt bei 0 (nicht erledigt).</translation>
    </message>
    <message>
      <source>A milestone's target is 1 (done).</source>
      <translation>Der Zielwert eines Meilensteins ist 1 (erledigt).</translation>
    </message>
    <message>
      <source>A milestone is either done (1) or not done (0); {value} is neither.</source>
      <translation>Ein Meilenstein ist erledigt (1) oder nicht erledigt (0); {value} ist keins von beiden.</translation>
    </message>
    <message>
      <source>Confidence is a whole number from 0 to 10.</source>
      <translation>Die Zuversicht ist eine ganze Zahl von 0 bis 10.</translation>
    </message>
    <message>
      <source>Confidence goes from 0 (no chance) to 10 (certain); {value} is outside that range.</source>
      <translation>Die Zuversicht reicht von 0 (keine Chance) bis 10 (sicher); {value} liegt außerhalb.</translation>
    </message>
    <message>
      <source>The cycle name cannot be empty.</source>
      <translation>Der Name des Zyklus darf nicht leer sein.</translation>
    </message>
    <message>
      <source>The cycle ends before it starts: {end} is before {start}.</source>
      <translation>Der Zyklus endet, bevor er beginnt: {end} liegt vor {start}.</translation>
    </message>
    <message>
      <source>A cycle lasts at most {years} years; {range} is longer. Split it into shorter cycles.</source>
      <translation>Ein Zyklus dauert höchstens {years} Jahre; {range} ist länger. Teilen Sie ihn in kürzere Zyklen auf.</translation>
    </message>
    <message>
      <source>An objective cannot align to itself.</source>
      <translation>Ein Ziel kann nicht auf sich selbst ausgerichtet werden.</translation>
    </message>
    <message>
      <source>{child} cannot align to {parent}: {parent} already contributes to {child}, so the alignment would go round in a loop.</source>
      <translation>{child} kann nicht auf {parent} ausgerichtet werden: {parent} trägt bereits zu {child} bei, die Ausrichtung würde sich im Kreis drehen.</translation>
    </message>
    <message>
      <source>The objective to align to ({ref}) no longer exists.</source>
      <translation>Das Ziel, auf das ausgerichtet werden soll ({ref}), existiert nicht mehr.</translation>
    </message>
    <message>
      <source>{parent} is in {cycle} ({dates}), which does not contain {child_cycle} ({child_dates}).</source>
      <translation>{parent} liegt in {cycle} ({dates}), und dieser Zyklus umfasst {child_cycle} ({child_dates}) nicht.</translation>
    </message>
  </context>
  <context>
    <name>WeeklyCheckIn</name>
    <message>
      <source>{recorded} of %n key result checked in</source>
      <translation>{recorded} von %n Schlüsselergebnis eingecheckt</translation>
    </message>
    <message>
      <source>{recorded} of %n key results checked in</source>
      <translation>{recorded} von %n Schlüsselergebnissen eingecheckt</translation>
    </message>
  </context>
  <context>
    <name>WeeklyCheckInDialog</name>
    <message>
      <source>Weekly check-in</source>
      <translation>Wöchentlicher Check-in</translation>
    </message>
    <message>
      <source>Drop the values and notes typed so far? They have not been saved.</source>
      <translation>Die bisher eingegebenen Werte und Notizen verwerfen? Sie wurden nicht gespeichert.</translation>
    </message>
    <message>
      <source>Whose key results</source>
      <translation>Wessen Schlüsselergebnisse</translation>
    </message>
    <message>
      <source>Cycle</source>
      <translation>Zyklus</translation>
    </message>
    <message>
      <source>&amp;Whose:</source>
      <translation>&amp;Für:</translation>
    </message>
    <message>
      <source>C&amp;ycle:</source>
      <translation>&amp;Zyklus:</translation>
    </message>
    <message>
      <source>Key results</source>
      <translation>Schlüsselergebnisse</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>&amp;Save check-ins</source>
      <translation>Check-ins &amp;speichern</translation>
    </message>
    <message>
      <source>{name} (team)</source>
      <translation>{name} (Team)</translation>
    </message>
    <message>
      <source>Key result</source>
      <translation>Schlüsselergebnis</translation>
    </message>
    <message>
      <source>Expected now</source>
      <translation>Jetzt erwartet</translation>
    </message>
    <message>
      <source>New value</source>
      <translation>Neuer Wert</translation>
    </message>
    <message>
      <source>Confidence</source>
      <translation>Zuversicht</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Notiz</translation>
    </message>
    <message>
      <source>Check-ins are dated now. {warning}</source>
      <translation>Check-ins erhalten den jetzigen Zeitpunkt. {warning}</translation>
    </message>
    <message>
      <source>Nobody to check in for yet: add people in People and teams, then choose who you are in Preferences.</source>
      <translation>Noch niemand, für den eingecheckt werden kann: Fügen Sie unter „Personen und Teams“ Personen hinzu, und wählen Sie dann in den Einstellungen, wer Sie sind.</translation>
    </message>
    <message>
      <source>There is no cycle to check in: create one in Cycles.</source>
      <translation>Es gibt keinen Zyklus zum Einchecken: Legen Sie einen unter „Zyklen“ an.</translation>
    </message>
    <message>
      <source>{owner} has no key results in {cycle}.</source>
      <translation>{owner} hat keine Schlüsselergebnisse in {cycle}.</translation>
    </message>
    <message>
      <source>Choose who you are in Preferences to start with your own key results.</source>
      <translation>Wählen Sie in den Einstellungen, wer Sie sind, um mit Ihren eigenen Schlüsselergebnissen zu beginnen.</translation>
    </message>
    <message>
      <source>due</source>
      <translation>fällig</translation>
    </message>
    <message>
      <source>No check-in for more than {days} days</source>
      <translation>Seit mehr als {days} Tagen kein Check-in</translation>
    </message>
    <message>
      <source>No check-in yet (start: {value})</source>
      <translation>Noch kein Check-in (Startwert: {value})</translation>
    </message>
    <message>
      <source>Last: {value} on {day}</source>
      <translation>Zuletzt: {value} am {day}</translation>
    </message>
    <message>
      <source>skip</source>
      <translation>überspringen</translation>
    </message>
    <message>
      <source>done</source>
      <translation>erledigt</translation>
    </message>
    <message>
      <source>not done</source>
      <translation>nicht erledigt</translation>
    </message>
    <message>
      <source>Confidence: {title}</source>
      <translation>Zuversicht: {title}</translation>
    </message>
    <message>
      <source>Note (optional)</source>
      <translation>Notiz (optional)</translation>
    </message>
    <message>
      <source>What moved, what blocks, what's next</source>
      <translation>Was hat sich bewegt, was blockiert, was kommt als Nächstes?</translation>
    </message>
    <message>
      <source>Note: {title}</source>
      <translation>Notiz: {title}</translation>
    </message>
    <message>
      <source>New value: {title}</source>
      <translation>Neuer Wert: {title}</translation>
    </message>
    <message>
      <source>Enter a value to record this note (the same as last time if nothing moved).</source>
      <translation>Geben Sie einen Wert ein, um diese Notiz zu erfassen (denselben wie beim letzten Mal, wenn sich nichts bewegt hat).</translation>
    </message>
    <message>
      <source>This key result was deleted meanwhile: clear its value to record the others.</source>
      <translation>Dieses Schlüsselergebnis wurde inzwischen gelöscht: Leeren Sie seinen Wert, um die anderen zu erfassen.</translation>
    </message>
    <message>
      <source>{filled} of {total} key results filled; empty ones are skipped.</source>
      <translation>{filled} von {total} Schlüsselergebnissen ausgefüllt; leere werden übersprungen.</translation>
    </message>
    <message>
      <source>Nothing to record yet: enter a new value for at least one key result.</source>
      <translation>Noch nichts zu erfassen: Geben Sie für mindestens ein Schlüsselergebnis einen neuen Wert ein.</translation>
    </message>
  </context>
  <context>
    <name>Workspace</name>
    <message>
      <source>opened for reading only</source>
      <translation>nur zum Lesen geöffnet</translation>
    </message>
    <message>
      <source>a newer okrdesk saved it</source>
      <translation>eine neuere okrdesk-Version hat ihn gespeichert</translation>
    </message>
    <message>
      <source>{name} is open read-only ({reason}); nothing was changed.</source>
      <translation>{name} ist schreibgeschützt geöffnet ({reason}); es wurde nichts geändert.</translation>
    </message>
  </context>
  <context>
    <name>WorkspaceSafety</name>
    <message>
      <source>Restore from &amp;Backup…</source>
      <translation>Aus &amp;Sicherung wiederherstellen …</translation>
    </message>
    <message>
      <source>You can look at everything and export it, but not change it.</source>
      <translation>Sie können alles ansehen und exportieren, aber nichts ändern.</translation>
    </message>
    <message>
      <source>Read-only. {look}</source>
      <translation>Schreibgeschützt. {look}</translation>
    </message>
    <message>
      <source>Read-only: {why}. {look}</source>
      <translation>Schreibgeschützt: {why}. {look}</translation>
    </message>
    <message>
      <source>{workspace} (read-only) – okrdesk</source>
      <translation>{workspace} (schreibgeschützt) – okrdesk</translation>
    </message>
    <message>
      <source>{workspace} – okrdesk</source>
      <translation>{workspace} – okrdesk</translation>
    </message>
    <message>
      <source>{name} is on a network drive</source>
      <translation>{name} liegt auf einem Netzlaufwerk</translation>
    </message>
    <message>
      <source>{name} is on {kind}. okrdesk keeps it safe there with SQLite's rollback journal and waits for every change to reach the drive (a little slower), because the faster write-ahead log needs shared memory that network drives do not provide.

Only one person at a time can change it; others can open it read-only.</source>
      <translation>{name} liegt auf {kind}. okrdesk schützt ihn dort mit dem Rollback-Journal von SQLite und wartet, bis jede Änderung das Laufwerk erreicht hat (etwas langsamer), denn das schnellere Write-Ahead-Log braucht gemeinsamen Speicher, den Netzlaufwerke nicht bieten.

Nur eine Person kann ihn gleichzeitig ändern; andere können ihn schreibgeschützt öffnen.</translation>
    </message>
    <message>
      <source>Workspace updated</source>
      <translation>Arbeitsbereich aktualisiert</translation>
    </message>
    <message>
      <source>okrdesk updated {name} from format {old} to format {new}. Older versions of okrdesk cannot change it any more. A copy in the old format was saved first:
{backup}</source>
      <translation>okrdesk hat {name} von Format {old} auf Format {new} aktualisiert. Ältere Versionen von okrdesk können ihn nicht mehr ändern. Zuvor wurde eine Kopie im alten Format gespeichert:
{backup}</translation>
    </message>
    <message>
      <source>okrdesk was not closed properly last time; it checked the whole file: all is well.</source>
      <translation>okrdesk wurde beim letzten Mal nicht ordnungsgemäß beendet; die ganze Datei wurde geprüft: alles in Ordnung.</translation>
    </message>
    <message>
      <source>SQLite's integrity check found damage in it</source>
      <translation>die Integritätsprüfung von SQLite hat Schäden gefunden</translation>
    </message>
    <message>
      <source>another okrdesk took it over</source>
      <translation>ein anderes okrdesk hat ihn übernommen</translation>
    </message>
    <message>
      <source>Another okrdesk took {name} over (someone decided this window had stopped answering). This window is now read-only; reopen the workspace to change it again.</source>
      <translation>Ein anderes okrdesk hat {name} übernommen (jemand hielt dieses Fenster für nicht mehr reagierend). Dieses Fenster ist jetzt schreibgeschützt; öffnen Sie den Arbeitsbereich erneut, um ihn zu ändern.</translation>
    </message>
    <message>
      <source>Today's backup could not be saved: {why}</source>
      <translation>Die heutige Sicherung konnte nicht gespeichert werden: {why}</translation>
    </message>
    <message>
      <source>Saved today's backup: {path}</source>
      <translation>Heutige Sicherung gespeichert: {path}</translation>
    </message>
    <message>
      <source>Restored {backup}. What the workspace held before is in {safety}</source>
      <translation>{backup} wiederhergestellt. Der vorherige Inhalt des Arbeitsbereichs liegt in {safety}</translation>
    </message>
  </context>
  <context>
    <name>_Form</name>
    <message>
      <source>(nobody)</source>
      <translation>(niemand)</translation>
    </message>
    <message>
      <source> (team)</source>
      <translation> (Team)</translation>
    </message>
  </context>
  <context>
    <name>_HintRow</name>
    <message>
      <source>Hint</source>
      <translation>Hinweis</translation>
    </message>
    <message>
      <source>Why?</source>
      <translation>Warum?</translation>
    </message>
    <message>
      <source>Why: {hint}</source>
      <translation>Warum: {hint}</translation>
    </message>
    <message>
      <source>Show why the coach mentions this</source>
      <translation>Zeigen, warum der Coach darauf hinweist</translation>
    </message>
    <message>
      <source>Dismiss</source>
      <translation>Ausblenden</translation>
    </message>
    <message>
      <source>Dismiss the hint: {hint}</source>
      <translation>Hinweis ausblenden: {hint}</translation>
    </message>
    <message>
      <source>Hide this hint for this item (View → Health… brings it back)</source>
      <translation>Diesen Hinweis für diesen Eintrag ausblenden (Ansicht → OKR-Gesundheit … holt ihn zurück)</translation>
    </message>
    <message>
      <source>Why</source>
      <translation>Warum</translation>
    </message>
    <message>
      <source>Hide why</source>
      <translation>Begründung ausblenden</translation>
    </message>
  </context>
</TS>
