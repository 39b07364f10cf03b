package org.accord.plan;

import org.accord.agreement.Priority;

/** An outcome of the plan under one of its priorities; a placeholder is "to be filled in later". */
public record Outcome(String code, Priority priority, String statement, boolean placeholder) {}
