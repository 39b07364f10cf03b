package org.accord.results;

/** The six ITU-D output types of the Baku Action Plan. */
public enum OutputType {
  MODEL_POLICIES,
  TOOLKITS,
  CONVENING_PLATFORMS,
  LEARNING_FRAMEWORKS,
  PROVISION_OF_DATA,
  TECHNICAL_INTERVENTIONS
}
