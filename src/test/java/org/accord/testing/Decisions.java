package org.accord.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;

/** Evaluates a deployed decision table straight from {@code processes/}, without an engine. */
public final class Decisions {

  private static final DmnEngine DMN =
      DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();

  private final DmnDecision decision;

  private Decisions(DmnDecision decision) {
    this.decision = decision;
  }

  public static Decisions of(String key) {
    try (InputStream dmn = Decisions.class.getResourceAsStream("/processes/" + key + ".dmn")) {
      return new Decisions(DMN.parseDecision(key, dmn));
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
  }

  public DmnDecisionResult evaluate(Map<String, Object> variables) {
    return DMN.evaluateDecision(decision, variables);
  }
}
