package org.accord;

import org.accord.backup.BackupCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class AccordApplication {

  public static void main(String[] args) {
    if (BackupCommand.handles(args)) {
      // --backup, --restore=<file>: a command that runs and exits, without the application.
      System.exit(BackupCommand.run(args));
    }
    SpringApplication.run(AccordApplication.class, args);
  }
}
