package org.accord.agreement;

/** The five ITU-D priorities of the Baku Action Plan (2026-2029). */
public enum Priority {
  AFFORDABLE_CONNECTIVITY,
  DIGITAL_TRANSFORMATION,
  ENABLING_ENVIRONMENT,
  RESOURCE_MOBILIZATION,
  INCLUSIVE_SECURE_ICT
}
