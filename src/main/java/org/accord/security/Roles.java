package org.accord.security;

import org.camunda.bpm.engine.authorization.Groups;

/** The agency's candidate groups, as the processes name them. */
public final class Roles {

  public static final String PARTNERSHIP_OFFICERS = "partnership-officers";
  public static final String LEGAL = "legal";
  public static final String FINANCE = "finance";
  public static final String COMPLIANCE = "compliance";
  public static final String HEAD_OF_PARTNERSHIPS = "head-of-partnerships";
  public static final String DIRECTOR = "director";
  public static final String SIGNATORIES = "signatories";
  public static final String MANAGERS = "managers";

  /**
   * The administrators: the engine's own group (Camunda's {@code camunda-admin}), which its webapps
   * check by that id. Named here, once, because it is the one id that differs on Operaton ({@code
   * operaton-admin}); see {@code identity.FirstAdministrator} and ADR 0011.
   */
  public static final String ADMINISTRATORS = Groups.CAMUNDA_ADMIN;

  /** The administrators' group on a database made with Camunda, carried over on Operaton. */
  public static final String CAMUNDA_ADMINISTRATORS = "camunda-admin";

  private Roles() {}
}
