package org.accord.training;

public enum CourseLevel {
  INTRODUCTORY,
  INTERMEDIATE,
  ADVANCED
}
