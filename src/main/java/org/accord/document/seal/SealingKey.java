package org.accord.document.seal;

import java.io.InputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** The private key and certificate chain that seal documents. */
@Component
public class SealingKey {

  private static final Logger log = LoggerFactory.getLogger(SealingKey.class);

  private final PrivateKey key;
  private final List<X509Certificate> chain;

  SealingKey(SealProperties properties) throws Exception {
    if (properties.keystore() != null && !properties.keystore().isBlank()) {
      KeyStore store = KeyStore.getInstance("PKCS12");
      char[] password =
          properties.password() == null ? new char[0] : properties.password().toCharArray();
      try (InputStream in = Files.newInputStream(Path.of(properties.keystore()))) {
        store.load(in, password);
      }
      String alias =
          properties.alias() != null ? properties.alias() : store.aliases().nextElement();
      key = (PrivateKey) store.getKey(alias, password);
      Certificate[] certificates = store.getCertificateChain(alias);
      if (key == null || certificates == null) {
        throw new IllegalStateException(
            "No key with alias '" + alias + "' in " + properties.keystore());
      }
      chain = java.util.Arrays.stream(certificates).map(X509Certificate.class::cast).toList();
    } else if (!properties.selfSigned()) {
      throw new IllegalStateException(
          "ACCORD_SEAL_KEYSTORE is not set: outside the demo profile Accord needs the PKCS#12"
              + " file with the key that seals signed MoUs (and ACCORD_SEAL_PASSWORD)");
    } else {
      log.warn(
          "No document seal keystore configured (ACCORD_SEAL_KEYSTORE): signed MoUs are sealed"
              + " with a self-signed key made at start-up, which partners cannot rely on");
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(3072);
      KeyPair pair = generator.generateKeyPair();
      X500Name subject = new X500Name("CN=Accord document seal (self-signed), O=Accord");
      Instant now = Instant.now();
      X509Certificate certificate =
          new JcaX509CertificateConverter()
              .getCertificate(
                  new JcaX509v3CertificateBuilder(
                          subject,
                          BigInteger.valueOf(now.toEpochMilli()),
                          Date.from(now.minus(Duration.ofDays(1))),
                          Date.from(now.plus(Duration.ofDays(3 * 365))),
                          subject,
                          pair.getPublic())
                      .build(
                          new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate())));
      key = pair.getPrivate();
      chain = List.of(certificate);
    }
  }

  PrivateKey key() {
    return key;
  }

  List<X509Certificate> chain() {
    return chain;
  }

  public X509Certificate certificate() {
    return chain.get(0);
  }
}
