package org.accord.benchmark;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Date;
import java.util.List;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * The floor's documents, with no Accord code: the text of an MoU Accord made, page by page, each
 * run of words where Accord put it, in the same font files, weights and sizes, written again with
 * plain PDFBox (fonts embedded as subsets); and a PAdES seal (detached CAdES with the signing
 * certificate as a signed attribute) made with BouncyCastle, with a key of Accord's seal's size and
 * algorithm (RSA 3072, SHA-256). No line breaking, no tables' rules: what is left is the least any
 * MoU of this text costs.
 */
final class StockMou {

  /** Words drawn together: same line, weight and size, next to one another. */
  private record Run(String text, float x, float y, float endX, boolean bold, float size) {}

  private final List<List<Run>> mou;
  private final List<List<Run>> signedMou;
  private final TrueTypeFont regular;
  private final TrueTypeFont bold;
  private final KeyPair key;
  private final X509Certificate certificate;

  StockMou(byte[] mou, byte[] signedMou) throws Exception {
    this.mou = runs(mou);
    this.signedMou = runs(signedMou);
    // Parsed once, as any long-running program using PDFBox would; GSUB off, as there is no
    // ligature to make in this text.
    this.regular = font("NotoSans-Regular.ttf");
    this.bold = font("NotoSans-Bold.ttf");
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(3072);
    this.key = generator.generateKeyPair();
    X500Name subject = new X500Name("CN=Stock seal");
    Instant now = Instant.now();
    this.certificate =
        new JcaX509CertificateConverter()
            .getCertificate(
                new JcaX509v3CertificateBuilder(
                        subject,
                        BigInteger.ONE,
                        Date.from(now),
                        Date.from(now.plus(Duration.ofDays(365))),
                        subject,
                        key.getPublic())
                    .build(new JcaContentSignerBuilder("SHA256withRSA").build(key.getPrivate())));
  }

  /** The words on the MoU's pages. */
  int words() {
    return mou.stream().flatMap(List::stream).mapToInt(run -> run.text().split(" ").length).sum();
  }

  int pages() {
    return mou.size();
  }

  /** The MoU before signing and the one both parties signed, as Accord makes both. */
  byte[] write() throws IOException {
    write(mou);
    return write(signedMou);
  }

  byte[] seal(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDSignature signature = new PDSignature();
      signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
      signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
      signature.setName("Stock seal");
      signature.setReason("Signed by both parties");
      signature.setSignDate(Calendar.getInstance());
      document.addSignature(signature, this::cades);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.saveIncremental(out);
      return out.toByteArray();
    }
  }

  private byte[] cades(InputStream signedBytes) throws IOException {
    try {
      Attribute signingCertificate =
          new Attribute(
              PKCSObjectIdentifiers.id_aa_signingCertificateV2,
              new DERSet(
                  new SigningCertificateV2(
                      new ESSCertIDv2(
                          MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded())))));
      CMSSignedDataGenerator cms = new CMSSignedDataGenerator();
      cms.addSignerInfoGenerator(
          new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
              .setSignedAttributeGenerator(
                  new DefaultSignedAttributeTableGenerator(new AttributeTable(signingCertificate)))
              .build(
                  new JcaContentSignerBuilder("SHA256withRSA").build(key.getPrivate()),
                  certificate));
      cms.addCertificates(new JcaCertStore(List.of(certificate)));
      return cms.generate(new CMSProcessableByteArray(signedBytes.readAllBytes()), false)
          .getEncoded();
    } catch (IOException failed) {
      throw failed;
    } catch (Exception failed) {
      throw new IOException(failed);
    }
  }

  private byte[] write(List<List<Run>> pages) throws IOException {
    try (PDDocument document = new PDDocument()) {
      PDType0Font regularFont = PDType0Font.load(document, regular, true);
      PDType0Font boldFont = PDType0Font.load(document, bold, true);
      for (List<Run> runs : pages) {
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        try (PDPageContentStream out = new PDPageContentStream(document, page)) {
          for (Run run : runs) {
            out.beginText();
            out.setFont(run.bold() ? boldFont : regularFont, run.size());
            out.newLineAtOffset(run.x(), run.y());
            out.showText(run.text());
            out.endText();
          }
        }
      }
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      document.save(bytes);
      return bytes.toByteArray();
    }
  }

  private static TrueTypeFont font(String file) throws IOException {
    try (InputStream in = StockMou.class.getResourceAsStream("/fonts/" + file)) {
      TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()));
      font.setEnableGsub(false);
      return font;
    }
  }

  /** The words of each page with where, in which weight and size, they were drawn. */
  private static List<List<Run>> runs(byte[] pdf) throws IOException {
    List<List<Run>> pages = new ArrayList<>();
    PDFTextStripper stripper =
        new PDFTextStripper() {
          @Override
          protected void startPage(PDPage page) {
            pages.add(new ArrayList<>());
          }

          @Override
          protected void writeString(String text, List<TextPosition> positions) {
            TextPosition first = positions.get(0);
            TextPosition last = positions.get(positions.size() - 1);
            Run word =
                new Run(
                    text,
                    first.getXDirAdj(),
                    first.getPageHeight() - first.getYDirAdj(),
                    last.getXDirAdj() + last.getWidthDirAdj(),
                    first.getFont().getName().contains("Bold"),
                    first.getFontSizeInPt());
            List<Run> page = pages.get(pages.size() - 1);
            Run previous = page.isEmpty() ? null : page.get(page.size() - 1);
            if (previous != null
                && Math.abs(previous.y() - word.y()) < 0.5f
                && previous.bold() == word.bold()
                && previous.size() == word.size()
                && word.x() - previous.endX() < word.size()) {
              page.set(
                  page.size() - 1,
                  new Run(
                      previous.text() + " " + text,
                      previous.x(),
                      previous.y(),
                      word.endX(),
                      previous.bold(),
                      previous.size()));
            } else {
              page.add(word);
            }
          }
        };
    try (PDDocument document = Loader.loadPDF(pdf)) {
      stripper.getText(document);
    }
    return pages;
  }
}
