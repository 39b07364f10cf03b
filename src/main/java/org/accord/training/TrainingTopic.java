package org.accord.training;

/** What a course teaches: the areas seed 001 names for the agency's fee-based training. */
public enum TrainingTopic {
  SPECTRUM_MANAGEMENT,
  DIGITAL_TRANSFORMATION,
  AI_GOVERNANCE,
  EMERGING_TECHNOLOGIES,
  CYBERSECURITY,
  REGULATION_AND_POLICY,
  OTHER
}
