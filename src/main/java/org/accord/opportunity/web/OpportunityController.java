package org.accord.opportunity.web;

import java.net.URI;
import org.accord.opportunity.Opportunities;
import org.accord.opportunity.Opportunity;
import org.accord.opportunity.OpportunityInput;
import org.accord.opportunity.PledgeInput;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The forum of opportunities: officers publish and answer; registered partners search, ask and
 * pledge.
 */
@RestController
@RequestMapping("/api/opportunities")
class OpportunityController {

  record QuestionInput(String question) {}

  record AnswerInput(String answer) {}

  private final Opportunities opportunities;

  OpportunityController(Opportunities opportunities) {
    this.opportunities = opportunities;
  }

  @PostMapping
  ResponseEntity<Opportunity> publish(@RequestBody OpportunityInput input) {
    Opportunity published = opportunities.publish(input);
    return ResponseEntity.created(URI.create("/api/opportunities/" + published.id()))
        .body(published);
  }

  @GetMapping
  Opportunities.Found search(
      @RequestParam(required = false) String q,
      @RequestParam(required = false) String priority,
      @RequestParam(required = false) String region,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "20") int size) {
    return opportunities.search(q, priority, region, page, size);
  }

  @GetMapping("/{id}")
  Opportunity get(@PathVariable long id) {
    return opportunities.visible(id);
  }

  @DeleteMapping("/{id}")
  ResponseEntity<Void> withdraw(@PathVariable long id) {
    opportunities.withdraw(id);
    return ResponseEntity.noContent().build();
  }

  @GetMapping("/{id}/questions")
  Opportunity.Questions questions(
      @PathVariable long id,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "20") int size) {
    return opportunities.questions(id, page, size);
  }

  @PostMapping("/{id}/questions")
  Opportunity ask(@PathVariable long id, @RequestBody QuestionInput input) {
    return opportunities.ask(id, input == null ? null : input.question());
  }

  @PostMapping("/{id}/questions/{questionId}/answer")
  Opportunity answer(
      @PathVariable long id, @PathVariable long questionId, @RequestBody AnswerInput input) {
    return opportunities.answer(id, questionId, input == null ? null : input.answer());
  }

  @PostMapping("/{id}/pledges")
  Opportunity pledge(@PathVariable long id, @RequestBody PledgeInput input) {
    return opportunities.pledge(id, input);
  }
}
