package org.accord.document.seal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The key that seals signed MoUs: a PKCS#12 keystore file the operator provides. The demo profile
 * may do without ({@code self-signed}): Accord then makes a key at start-up, which partners cannot
 * rely on.
 */
@ConfigurationProperties("accord.documents.seal")
public record SealProperties(String keystore, String password, String alias, boolean selfSigned) {}
