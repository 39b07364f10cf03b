package org.accord.document.seal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The key that seals signed MoUs: a PKCS#12 keystore file the operator provides. Without one,
 * Accord makes a self-signed key at start-up, fit for the demo and tests, not for partners to rely
 * on.
 */
@ConfigurationProperties("accord.documents.seal")
public record SealProperties(String keystore, String password, String alias) {}
