package org.accord.security;

/** A user joined or left a group: whatever holds their groups must read them again. */
public record MembershipChanged(String userId) {}
