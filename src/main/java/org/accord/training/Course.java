package org.accord.training;

import java.time.Instant;

/** A course of a training cooperation agreement. */
public record Course(
    long id,
    String agreement,
    String partnerCode,
    String title,
    TrainingTopic topic,
    CourseLevel level,
    String language,
    Delivery delivery,
    int durationHours,
    boolean certificate,
    Instant createdAt,
    String createdBy) {}
