package org.accord.results;

/** The six ITU-D output types of the Baku Action Plan, with their names as the forms show them. */
public enum OutputType {
  MODEL_POLICIES("Model policies and strategies"),
  TOOLKITS("Toolkits"),
  CONVENING_PLATFORMS("Convening platforms"),
  LEARNING_FRAMEWORKS("Learning frameworks"),
  PROVISION_OF_DATA("Provision of data"),
  TECHNICAL_INTERVENTIONS("Technical interventions");

  private final String label;

  OutputType(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
