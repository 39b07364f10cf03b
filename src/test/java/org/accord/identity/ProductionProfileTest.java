package org.accord.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.accord.AccordApplication;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Without the demo profile there are no demo users, and no administrator with a weak password. */
class ProductionProfileTest {

  @TempDir Path dataDir;

  @Test
  void startWithoutAnAdministratorPasswordIsRefused() {
    assertThatThrownBy(() -> start("--accord.admin.password="))
        .hasStackTraceContaining("ACCORD_ADMIN_PASSWORD is not set");
  }

  @Test
  void startWithAGuessablePasswordIsRefused() {
    assertThatThrownBy(() -> start("--accord.admin.password=changeme"))
        .hasStackTraceContaining("ACCORD_ADMIN_PASSWORD is a default or guessable password");
  }

  @Test
  void firstAdministratorComesFromTheEnvironmentAndNoDemoUserExists() {
    try (ConfigurableApplicationContext context =
        start("--accord.admin.user=root", "--accord.admin.password=Kigali-Geneva-2026!")) {
      IdentityService identity = context.getBean(IdentityService.class);
      assertThat(identity.checkPassword("root", "Kigali-Geneva-2026!")).isTrue();
      assertThat(identity.createUserQuery().memberOfGroup(Groups.CAMUNDA_ADMIN).list())
          .extracting(user -> user.getId())
          .containsExactly("root");
      assertThat(identity.createUserQuery().userId("officer").count()).isZero();
      assertThat(identity.createUserQuery().userId("admin").count()).isZero();
    }
  }

  private ConfigurableApplicationContext start(String... arguments) {
    String[] all = new String[arguments.length + 5];
    all[0] = "--server.port=0";
    all[1] = "--management.server.port=0";
    all[2] = "--camunda.bpm.process-engine-name=production-profile-test";
    all[3] = "--accord.embedded-database.data-dir=" + dataDir;
    all[4] = "--accord.embedded-database.durable=false";
    System.arraycopy(arguments, 0, all, 5, arguments.length);
    return new SpringApplicationBuilder(AccordApplication.class).run(all);
  }
}
