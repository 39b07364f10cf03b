package org.accord.partner;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.accord.audit.AuditTrail;
import org.accord.partner.persistence.PartnerMapper;
import org.accord.security.AuthorizationGrants;
import org.accord.security.SystemAuthority;
import org.accord.shared.ConflictException;
import org.accord.shared.NotFoundException;
import org.accord.shared.Violations;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class PartnerService {

  private static final Pattern CODE = Pattern.compile("^[A-Z0-9]{2,12}$");

  private final PartnerMapper partners;
  private final IdentityService identityService;
  private final AuthorizationGrants grants;
  private final SystemAuthority system;
  private final AuditTrail audit;

  PartnerService(
      PartnerMapper partners,
      IdentityService identityService,
      AuthorizationGrants grants,
      SystemAuthority system,
      AuditTrail audit) {
    this.partners = partners;
    this.identityService = identityService;
    this.grants = grants;
    this.system = system;
    this.audit = audit;
  }

  /** Registers a partner and the Camunda group its representatives will belong to. */
  @Transactional
  public Partner register(NewPartner partner) {
    Violations violations = new Violations();
    String code = violations.requireText("code", partner.code(), 12);
    if (code != null && !code.isBlank() && !CODE.matcher(code).matches()) {
      violations.add("code", "must be 2 to 12 capital letters or digits, like GSMA");
    }
    String name = violations.requireText("name", partner.name(), 300);
    violations.requirePresent("type", partner.type());
    violations.requireCountry("country", partner.country());
    violations.requireEmail("contactEmail", partner.contactEmail());
    violations.throwIfAny();
    if (partners.findByCode(code).isPresent()) {
      throw new ConflictException("A partner with code " + code + " already exists");
    }
    partners.insert(
        new NewPartner(
            code, name, partner.type(), partner.country(), partner.contactEmail().strip()));
    system.run(
        () -> {
          ensureDonorGroup(code, name);
          grants.forPartnerGroup(Partner.donorGroupOf(code));
          return null;
        });
    Partner registered = require(code);
    audit.record("PARTNER", code, null, "REGISTERED", null, registered);
    return registered;
  }

  public Optional<Partner> find(String code) {
    return partners.findByCode(code);
  }

  public Partner require(String code) {
    return partners
        .findByCode(code)
        .orElseThrow(() -> new NotFoundException("No partner with code " + code));
  }

  public List<Partner> all() {
    return partners.findAll();
  }

  @Transactional
  public void recordDueDiligence(
      String code, String outcome, String riskRating, LocalDate expiresOn) {
    Partner before = require(code);
    partners.recordDueDiligence(code, outcome, riskRating, expiresOn);
    audit.record("PARTNER", code, null, "DUE_DILIGENCE_RECORDED", before, require(code));
  }

  private void ensureDonorGroup(String code, String name) {
    String groupId = Partner.donorGroupOf(code);
    if (identityService.createGroupQuery().groupId(groupId).count() == 0) {
      Group group = identityService.newGroup(groupId);
      group.setName(name + " representatives");
      group.setType("EXTERNAL");
      identityService.saveGroup(group);
    }
  }
}
