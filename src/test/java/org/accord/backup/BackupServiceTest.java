package org.accord.backup;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import org.accord.database.EmbeddedDatabase;
import org.accord.shared.ConflictException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

class BackupServiceTest {

  @Test
  void withAnExternalPostgres_thereAreNoBackups_andTheAnswerSaysWhatToUseInstead() {
    BackupService service =
        new BackupService(
            new StaticListableBeanFactory().getBeanProvider(EmbeddedDatabase.class),
            new BackupProperties(null, "-", 7, Duration.ofDays(7)),
            Clock.systemUTC());

    assertThatThrownBy(service::take)
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("external PostgreSQL")
        .hasMessageContaining("pg_dump")
        .hasMessageContaining("accord and public");
    assertThatThrownBy(service::list).isInstanceOf(ConflictException.class);
  }
}
