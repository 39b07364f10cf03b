package org.accord.identity;

import java.util.List;
import org.accord.partner.NewPartner;
import org.accord.partner.PartnerService;
import org.accord.partner.PartnerType;
import org.accord.security.Roles;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Users, groups and partners to try Accord with: one user per role, two partnership officers, and
 * two donors. Created once; a restart keeps what is there.
 */
@Component
@Profile("demo")
@Order(1)
class DemoData implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoData.class);

  private record DemoUser(String id, String firstName, String lastName, String group) {}

  private static final List<String[]> GROUPS =
      List.of(
          new String[] {Roles.PARTNERSHIP_OFFICERS, "Partnership officers"},
          new String[] {Roles.LEGAL, "Legal reviewers"},
          new String[] {Roles.FINANCE, "Finance reviewers"},
          new String[] {Roles.COMPLIANCE, "Compliance reviewers"},
          new String[] {Roles.HEAD_OF_PARTNERSHIPS, "Head of partnerships"},
          new String[] {Roles.DIRECTOR, "Director"},
          new String[] {Roles.SIGNATORIES, "Authorized signatories"},
          new String[] {Roles.MANAGERS, "Managers"},
          new String[] {Roles.ADMINISTRATORS, "Administrators"});

  private static final List<DemoUser> USERS =
      List.of(
          new DemoUser("officer", "Amina", "Diallo", Roles.PARTNERSHIP_OFFICERS),
          new DemoUser("officer2", "Carlos", "Mendoza", Roles.PARTNERSHIP_OFFICERS),
          new DemoUser("legal", "Sofia", "Rossi", Roles.LEGAL),
          new DemoUser("finance", "Kwame", "Mensah", Roles.FINANCE),
          new DemoUser("compliance", "Elena", "Petrova", Roles.COMPLIANCE),
          new DemoUser("head", "Hiroshi", "Tanaka", Roles.HEAD_OF_PARTNERSHIPS),
          new DemoUser("director", "Fatima", "Al-Sayed", Roles.DIRECTOR),
          new DemoUser("signatory", "Jean", "Dupont", Roles.SIGNATORIES),
          new DemoUser("manager", "Priya", "Sharma", Roles.MANAGERS),
          new DemoUser("gsma", "Grace", "Okafor", "donor-GSMA"),
          new DemoUser("jica", "Kenji", "Sato", "donor-JICA"),
          new DemoUser("admin", "Ada", "Admin", Roles.ADMINISTRATORS));

  private final IdentityService identityService;
  private final PartnerService partners;
  private final DemoProperties properties;

  DemoData(IdentityService identityService, PartnerService partners, DemoProperties properties) {
    this.identityService = identityService;
    this.partners = partners;
    this.properties = properties;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    GROUPS.forEach(group -> ensureGroup(group[0], group[1]));
    ensurePartner(
        new NewPartner(
            "GSMA",
            "GSM Association",
            PartnerType.PRIVATE_SECTOR,
            "GB",
            "partnerships@gsma.example"));
    ensurePartner(
        new NewPartner(
            "JICA",
            "Japan International Cooperation Agency",
            PartnerType.MEMBER_STATE,
            "JP",
            "partnerships@jica.example"));
    USERS.forEach(this::ensureUser);
    log.info("Demo profile: {} users ready (password from ACCORD_DEMO_PASSWORD)", USERS.size());
  }

  private void ensureGroup(String id, String name) {
    if (identityService.createGroupQuery().groupId(id).count() == 0) {
      Group group = identityService.newGroup(id);
      group.setName(name);
      group.setType(Groups.GROUP_TYPE_WORKFLOW);
      identityService.saveGroup(group);
    }
  }

  private void ensurePartner(NewPartner partner) {
    if (partners.find(partner.code()).isEmpty()) {
      partners.register(partner);
    }
  }

  private void ensureUser(DemoUser demo) {
    if (identityService.createUserQuery().userId(demo.id()).count() == 0) {
      User user = identityService.newUser(demo.id());
      user.setFirstName(demo.firstName());
      user.setLastName(demo.lastName());
      user.setEmail(demo.id() + "@accord.example");
      user.setPassword(properties.password());
      identityService.saveUser(user);
      identityService.createMembership(demo.id(), demo.group());
    }
  }
}
