package org.accord.security;

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
   * The administrators: Camunda's own {@code Roles.ADMINISTRATORS}, named here so that the group
   * keeps its id on an engine that calls its own administrators differently (Operaton's {@code
   * operaton-admin}); {@link AdministratorsPlugin} makes it the engine's administrators there too.
   * See docs/adr/0011-the-way-off-camunda-7.md.
   */
  public static final String ADMINISTRATORS = "camunda-admin";

  private Roles() {}
}
