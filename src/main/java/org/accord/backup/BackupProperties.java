package org.accord.backup;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where backups go (unset: {@code backups/} beside the data folder), when the scheduled one runs
 * ({@code -} for never), and how many are kept: the newest {@code keep}, and any younger than
 * {@code keepFor}.
 */
@ConfigurationProperties("accord.backup")
record BackupProperties(
    Path folder,
    @DefaultValue("0 0 1 * * *") String cron,
    @DefaultValue("7") int keep,
    @DefaultValue("P7D") Duration keepFor) {

  Path folderBeside(Path postgresFolder) {
    return folder != null
        ? folder.toAbsolutePath().normalize()
        : BaseBackup.folderOf(postgresFolder);
  }
}
