package org.accord.conceptnote.web;

import java.net.URI;
import org.accord.conceptnote.ConceptNote;
import org.accord.conceptnote.ConceptNoteInput;
import org.accord.conceptnote.ConceptNotes;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Members' concept notes: submitted by a partner's representatives (or an officer on a member's
 * behalf), read by the agency and by the member's own representatives, answered by the member.
 */
@RestController
@RequestMapping("/api/concept-notes")
class ConceptNoteController {

  /** The member's answer to the officers' question. */
  record Answer(String answer) {}

  private final ConceptNotes notes;

  ConceptNoteController(ConceptNotes notes) {
    this.notes = notes;
  }

  @PostMapping
  ResponseEntity<ConceptNote> submit(@RequestBody ConceptNoteInput input) {
    ConceptNote note = notes.submit(input);
    return ResponseEntity.created(URI.create("/api/concept-notes/" + note.id())).body(note);
  }

  @GetMapping
  ConceptNotes.Found list(
      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
    return notes.page(page, size);
  }

  @GetMapping("/{id}")
  ConceptNote get(@PathVariable long id) {
    return notes.visible(id);
  }

  @PostMapping("/{id}/answers")
  ConceptNote answer(@PathVariable long id, @RequestBody Answer answer) {
    return notes.answer(id, answer == null ? null : answer.answer());
  }
}
