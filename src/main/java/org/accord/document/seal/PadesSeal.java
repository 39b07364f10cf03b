package org.accord.document.seal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.ZoneId;
import java.util.Calendar;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.springframework.stereotype.Component;

/**
 * Seals a PDF with a PAdES baseline signature (ETSI.CAdES.detached, with the signing certificate as
 * a signed attribute), and checks such a seal.
 */
@Component
public class PadesSeal {

  private final SealingKey key;

  PadesSeal(SealingKey key) {
    this.key = key;
  }

  public byte[] seal(byte[] pdf, String reason, Calendar when) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDSignature signature = new PDSignature();
      signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
      signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
      signature.setName(key.certificate().getSubjectX500Principal().getName());
      signature.setReason(reason);
      signature.setSignDate(when);
      document.addSignature(signature, this::cms);
      ByteArrayOutputStream sealed = new ByteArrayOutputStream();
      document.saveIncremental(sealed);
      return sealed.toByteArray();
    } catch (IOException failed) {
      throw new UncheckedIOException(failed);
    }
  }

  public Verification verify(byte[] pdf, boolean intact) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      List<PDSignature> signatures = document.getSignatureDictionaries();
      if (signatures.isEmpty()) {
        return new Verification(intact, false, false, false, null, null, null);
      }
      PDSignature signature = signatures.get(signatures.size() - 1);
      int[] range = signature.getByteRange();
      boolean whole = range.length == 4 && range[0] == 0 && range[2] + range[3] == pdf.length;
      byte[] content = signature.getSignedContent(pdf);
      CMSSignedData cms =
          new CMSSignedData(
              new CMSProcessableByteArray(content), signedData(signature.getContents()));
      SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
      @SuppressWarnings("unchecked")
      X509CertificateHolder certificate =
          (X509CertificateHolder)
              cms.getCertificates().getMatches(signer.getSID()).iterator().next();
      boolean valid = signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate));
      return new Verification(
          intact,
          true,
          valid,
          whole,
          certificate.getSubject().toString(),
          signature.getSignDate() == null
              ? null
              : signature
                  .getSignDate()
                  .toInstant()
                  .atZone(ZoneId.systemDefault())
                  .toOffsetDateTime(),
          valid ? null : "the signature does not match the signed bytes");
    } catch (Exception unreadable) {
      return new Verification(
          intact,
          true,
          false,
          false,
          null,
          null,
          "the seal cannot be read: " + unreadable.getMessage());
    }
  }

  /** The CMS structure without the zeros that pad /Contents to its reserved size. */
  private static ContentInfo signedData(byte[] contents) throws IOException {
    try (ASN1InputStream in = new ASN1InputStream(contents)) {
      return ContentInfo.getInstance(in.readObject());
    }
  }

  /** A detached CMS signature over the bytes PDFBox hands over (all but the signature's own). */
  private byte[] cms(InputStream content) throws IOException {
    try {
      X509Certificate certificate = key.certificate();
      byte[] certificateHash =
          MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
      ASN1EncodableVector attributes = new ASN1EncodableVector();
      attributes.add(
          new Attribute(
              PKCSObjectIdentifiers.id_aa_signingCertificateV2,
              new DERSet(new SigningCertificateV2(new ESSCertIDv2(certificateHash)))));
      CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
      generator.addSignerInfoGenerator(
          new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
              .setSignedAttributeGenerator(
                  new DefaultSignedAttributeTableGenerator(new AttributeTable(attributes)))
              .build(new JcaContentSignerBuilder("SHA256withRSA").build(key.key()), certificate));
      generator.addCertificates(new JcaCertStore(key.chain()));
      return generator
          .generate(new CMSProcessableByteArray(content.readAllBytes()), false)
          .getEncoded();
    } catch (IOException failed) {
      throw failed;
    } catch (Exception failed) {
      throw new IOException("The document could not be sealed", failed);
    }
  }
}
