package org.accord.backup;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.stereotype.Component;

/**
 * When the newest backup was taken, on /actuator/prometheus as {@code
 * accord_backup_newest_timestamp_seconds}: an alert on {@code time() - it > 26 * 3600} says the
 * nightly backup failed. Absent with an external PostgreSQL, which Accord does not back up.
 */
@Component
class BackupMetrics implements MeterBinder {

  private final BackupService backups;

  BackupMetrics(BackupService backups) {
    this.backups = backups;
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    if (!backups.enabled()) {
      return;
    }
    Gauge.builder("accord.backup.newest.timestamp", backups, BackupMetrics::newest)
        .description("When the newest backup of the embedded database was taken (NaN: none yet)")
        .baseUnit("seconds")
        .register(registry);
  }

  private static double newest(BackupService backups) {
    return backups.list().stream()
        .findFirst()
        .map(backup -> backup.takenAt().toEpochMilli() / 1000.0)
        .orElse(Double.NaN);
  }
}
