package org.accord.training.web;

import org.accord.training.Certificate;
import org.accord.training.Certificates;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public check of a training certificate: anyone holding its code, an employer say, learns the
 * participant's name, the course and the date; 404 for a code no certificate has. No login (the
 * security configuration opens this path alone), rate-limited per client address like the
 * registration pages.
 */
@RestController
class CertificateVerificationController {

  private final Certificates certificates;

  CertificateVerificationController(Certificates certificates) {
    this.certificates = certificates;
  }

  @GetMapping("/api/certificates/{code}/verify")
  Certificate.Verification verify(@PathVariable String code) {
    return certificates.verify(code);
  }
}
