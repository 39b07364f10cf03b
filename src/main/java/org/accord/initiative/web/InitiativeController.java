package org.accord.initiative.web;

import java.net.URI;
import java.util.List;
import org.accord.initiative.Initiative;
import org.accord.initiative.InitiativeBrokerage;
import org.accord.initiative.InitiativeChange;
import org.accord.initiative.InitiativeGaps;
import org.accord.initiative.InitiativeGapsService;
import org.accord.initiative.InitiativeInput.MembershipRequest;
import org.accord.initiative.InitiativeInput.NewInitiative;
import org.accord.initiative.InitiativeInput.WorkplanInput;
import org.accord.initiative.InitiativeService;
import org.accord.initiative.Membership;
import org.accord.initiative.Memberships;
import org.accord.security.CurrentUser;
import org.accord.security.Roles;
import org.accord.shared.ForbiddenException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Initiatives: officers and managers create them and change their workplans; the agency's staff see
 * all of them, a partner's representatives those their organization takes part in (404 for the
 * others). Partners join through {@code POST /members}, which starts the review.
 */
@RestController
@RequestMapping("/api/initiatives")
class InitiativeController {

  private static final String PATH = "/api/initiatives/";

  private final InitiativeService initiatives;
  private final Memberships memberships;
  private final InitiativeGapsService gapsService;
  private final InitiativeBrokerage brokerage;
  private final CurrentUser currentUser;

  InitiativeController(
      InitiativeService initiatives,
      Memberships memberships,
      InitiativeGapsService gapsService,
      InitiativeBrokerage brokerage,
      CurrentUser currentUser) {
    this.initiatives = initiatives;
    this.memberships = memberships;
    this.gapsService = gapsService;
    this.brokerage = brokerage;
    this.currentUser = currentUser;
  }

  @GetMapping
  List<Initiative> list() {
    return initiatives.visible();
  }

  @PostMapping
  ResponseEntity<Initiative> create(@RequestBody NewInitiative initiative) {
    mayChange();
    Initiative created = initiatives.create(initiative, currentUser.actor());
    return ResponseEntity.created(URI.create(PATH + created.code())).body(created);
  }

  @GetMapping("/{code}")
  Initiative get(@PathVariable String code) {
    return initiatives.visible(code);
  }

  @PutMapping("/{code}/workplan")
  Initiative putWorkplan(@PathVariable String code, @RequestBody WorkplanInput workplan) {
    mayChange();
    return initiatives.putWorkplan(code, workplan, currentUser.actor());
  }

  @GetMapping("/{code}/history")
  List<InitiativeChange> history(@PathVariable String code) {
    return initiatives.history(code);
  }

  /** What the initiative lacks, by activity: needs, what meets them, and the gap. */
  @GetMapping("/{code}/gaps")
  InitiativeGaps gaps(@PathVariable String code) {
    return gapsService.gaps(code);
  }

  /** Donors and members ranked for each open need, with their reasons; the agency's staff. */
  @GetMapping("/{code}/matches")
  InitiativeBrokerage.Matches matches(@PathVariable String code) {
    return brokerage.matches(code);
  }

  @GetMapping("/{code}/members")
  List<Membership> members(@PathVariable String code) {
    return memberships.members(code);
  }

  /** A request to join: 201 with the request, waiting for the lead group's review. */
  @PostMapping("/{code}/members")
  ResponseEntity<Membership> join(
      @PathVariable String code, @RequestBody MembershipRequest request) {
    Membership requested = memberships.request(code, request);
    return ResponseEntity.created(URI.create(PATH + code + "/members/" + requested.partnerCode()))
        .body(requested);
  }

  /** The member leaves: its membership ends. */
  @DeleteMapping("/{code}/members/{partnerCode}")
  Membership leave(@PathVariable String code, @PathVariable String partnerCode) {
    return memberships.leave(code, partnerCode);
  }

  private void mayChange() {
    if (!currentUser.isMemberOf(Roles.PARTNERSHIP_OFFICERS)
        && !currentUser.isMemberOf(Roles.MANAGERS)) {
      throw new ForbiddenException("Only partnership officers and managers change initiatives");
    }
  }
}
