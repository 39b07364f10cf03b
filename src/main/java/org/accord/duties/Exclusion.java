package org.accord.duties;

/** A row of the separation-of-duties table: one person may not do both duties within the scope. */
public record Exclusion(String rule, Scope scope, String explanation) {}
