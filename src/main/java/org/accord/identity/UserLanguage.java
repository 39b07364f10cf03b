package org.accord.identity;

import org.accord.shared.Language;

/**
 * A user's language: the one they chose ({@code preferred}, null when none) and the one Accord
 * writes to them in, which is the agency's default when they chose none.
 */
public record UserLanguage(String userId, Language preferred, Language language) {}
