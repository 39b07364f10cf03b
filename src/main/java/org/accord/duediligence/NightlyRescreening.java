package org.accord.duediligence;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Re-screens every night, not only on import: a partner whose cleared due diligence lets a new
 * agreement skip screening, and who had no open agreement at the last import, is screened too.
 * Every node may run it: a match another node raised is not raised twice.
 */
@Component
class NightlyRescreening {

  private static final Logger log = LoggerFactory.getLogger(NightlyRescreening.class);

  private final SanctionsService sanctions;

  NightlyRescreening(SanctionsService sanctions) {
    this.sanctions = sanctions;
  }

  @Scheduled(cron = "${accord.sanctions.rescreen-cron:0 0 2 * * *}", zone = "UTC")
  void rescreen() {
    int started = sanctions.rescreen();
    if (started > 0) {
      log.info("Nightly sanctions re-screening sent {} potential matches to compliance", started);
    }
  }
}
