package org.accord.agreement;

/**
 * The initiatives an agreement may belong to, as the initiative module knows them: the agreement
 * module checks a proposal's {@code initiative} through this, without depending on that module.
 */
public interface InitiativeCodes {

  boolean exists(String code);
}
