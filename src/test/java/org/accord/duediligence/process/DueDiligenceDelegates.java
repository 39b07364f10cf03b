package org.accord.duediligence.process;

import org.accord.duediligence.DueDiligenceService;
import org.camunda.bpm.engine.test.mock.Mocks;

/** Wires the real due-diligence delegates, over a stand-in service, into a process test engine. */
public final class DueDiligenceDelegates {

  private DueDiligenceDelegates() {}

  public static void register(DueDiligenceService dueDiligence) {
    Mocks.register("checkDueDiligenceDelegate", new CheckDueDiligenceDelegate(dueDiligence));
    Mocks.register("screenSanctionsDelegate", new ScreenSanctionsDelegate(dueDiligence));
    Mocks.register(
        "recordDueDiligenceDelegate", new RecordDueDiligenceDelegate(dueDiligence, event -> {}));
  }
}
