package org.accord.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Date;
import org.accord.AccordApplication;
import org.accord.document.seal.SealingKey;
import org.accord.security.Roles;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Without the demo profile there are no demo users, and no administrator with a weak password. */
class ProductionProfileTest {

  @TempDir Path dataDir;

  @Test
  void startWithoutAnAdministratorPasswordIsRefused() {
    assertThatThrownBy(() -> start("--accord.admin.password="))
        .hasStackTraceContaining("ACCORD_ADMIN_PASSWORD is not set");
  }

  @Test
  void startWithAGuessablePasswordIsRefused() {
    assertThatThrownBy(() -> start("--accord.admin.password=changeme"))
        .hasStackTraceContaining("ACCORD_ADMIN_PASSWORD is a default or guessable password");
  }

  @Test
  void firstAdministratorComesFromTheEnvironmentAndNoDemoUserExists() throws Exception {
    try (ConfigurableApplicationContext context =
        start("--accord.admin.user=root", "--accord.admin.password=Kigali-Geneva-2026!")) {
      IdentityService identity = context.getBean(IdentityService.class);
      assertThat(identity.checkPassword("root", "Kigali-Geneva-2026!")).isTrue();
      assertThat(identity.createUserQuery().memberOfGroup(Roles.ADMINISTRATORS).list())
          .extracting(user -> user.getId())
          .containsExactly("root");
      assertThat(identity.createUserQuery().userId("officer").count()).isZero();
      assertThat(identity.createUserQuery().userId("admin").count()).isZero();
    }
  }

  @Test
  void startWithoutTheKeyThatSealsMousIsRefused() {
    assertThatThrownBy(
            () ->
                start(
                    "--accord.admin.password=Kigali-Geneva-2026!",
                    "--accord.documents.seal.keystore="))
        .hasStackTraceContaining("ACCORD_SEAL_KEYSTORE is not set");
  }

  @Test
  void signedMousAreSealedWithTheOperatorsKey() throws Exception {
    try (ConfigurableApplicationContext context =
        start("--accord.admin.user=root", "--accord.admin.password=Kigali-Geneva-2026!")) {
      assertThat(
              context.getBean(SealingKey.class).certificate().getSubjectX500Principal().getName())
          .contains("CN=Agency document seal");
    }
  }

  /** The operator's PKCS#12 file: an RSA key and its certificate under the alias "seal". */
  private Path keystore() throws Exception {
    Path file = dataDir.resolve("seal.p12");
    if (Files.exists(file)) {
      return file;
    }
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    KeyPair pair = generator.generateKeyPair();
    X500Name subject = new X500Name("CN=Agency document seal,O=Agency");
    X509Certificate certificate =
        new JcaX509CertificateConverter()
            .getCertificate(
                new JcaX509v3CertificateBuilder(
                        subject,
                        BigInteger.ONE,
                        new Date(),
                        new Date(System.currentTimeMillis() + 86_400_000L),
                        subject,
                        pair.getPublic())
                    .build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate())));
    KeyStore store = KeyStore.getInstance("PKCS12");
    store.load(null, null);
    store.setKeyEntry(
        "seal", pair.getPrivate(), "Seal-Pass-1".toCharArray(), new Certificate[] {certificate});
    try (var out = Files.newOutputStream(file)) {
      store.store(out, "Seal-Pass-1".toCharArray());
    }
    return file;
  }

  private ConfigurableApplicationContext start(String... arguments) throws Exception {
    if (java.util.Arrays.stream(arguments)
        .noneMatch(argument -> argument.startsWith("--accord.documents.seal.keystore"))) {
      String[] sealing = {
        "--accord.documents.seal.keystore=" + keystore(),
        "--accord.documents.seal.password=Seal-Pass-1",
        "--accord.documents.seal.alias=seal"
      };
      String[] withSeal = new String[sealing.length + arguments.length];
      System.arraycopy(sealing, 0, withSeal, 0, sealing.length);
      System.arraycopy(arguments, 0, withSeal, sealing.length, arguments.length);
      arguments = withSeal;
    }
    String[] all = new String[arguments.length + 5];
    all[0] = "--server.port=0";
    all[1] = "--management.server.port=0";
    all[2] = "--camunda.bpm.process-engine-name=production-profile-test";
    all[3] = "--accord.embedded-database.data-dir=" + dataDir;
    all[4] = "--accord.embedded-database.durable=false";
    System.arraycopy(arguments, 0, all, 5, arguments.length);
    return new SpringApplicationBuilder(AccordApplication.class).run(all);
  }
}
