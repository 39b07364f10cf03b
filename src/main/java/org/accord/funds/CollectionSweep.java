package org.accord.funds;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every few minutes, the collections of agreements that ended are stopped if they still run, so a
 * stop that gave up is never left for someone to remember. Every node may run it: stopping is
 * idempotent, and two nodes at once conflict harmlessly.
 */
@Component
class CollectionSweep {

  private static final Logger log = LoggerFactory.getLogger(CollectionSweep.class);

  private final FundsCollections collections;

  CollectionSweep(FundsCollections collections) {
    this.collections = collections;
  }

  @Scheduled(
      fixedDelayString = "${accord.funds.sweep-every:PT5M}",
      initialDelayString = "${accord.funds.sweep-every:PT5M}")
  void sweep() {
    List<String> stopped = collections.stopEndedCollections();
    if (!stopped.isEmpty()) {
      log.warn("Stopped the collections of ended agreements {}, which were still running", stopped);
    }
  }
}
