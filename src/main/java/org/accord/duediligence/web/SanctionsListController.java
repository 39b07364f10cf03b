package org.accord.duediligence.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import org.accord.duediligence.ImportedSanctionsList;
import org.accord.duediligence.SanctionsService;
import org.accord.security.CurrentUser;
import org.accord.security.Roles;
import org.accord.security.SystemAuthority;
import org.accord.shared.ForbiddenException;
import org.accord.shared.InvalidInputException;
import org.accord.shared.NotFoundException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The sanctions list partners are screened against: compliance and administrators import the UN
 * Security Council consolidated list (its XML, as the UN publishes it); the agency's staff see
 * which list is in force.
 */
@RestController
@RequestMapping("/api/sanctions/lists")
class SanctionsListController {

  private static final String PATH = "/api/sanctions/lists";

  private final SanctionsService sanctions;
  private final CurrentUser currentUser;
  private final SystemAuthority system;

  SanctionsListController(
      SanctionsService sanctions, CurrentUser currentUser, SystemAuthority system) {
    this.sanctions = sanctions;
    this.currentUser = currentUser;
    this.system = system;
  }

  @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ResponseEntity<SanctionsService.Import> importList(
      @RequestPart(name = "file", required = false) MultipartFile file) {
    if (!currentUser.isMemberOf(Roles.COMPLIANCE)
        && !currentUser.isMemberOf(Roles.ADMINISTRATORS)) {
      throw new ForbiddenException("Only compliance and administrators import sanctions lists");
    }
    if (file == null) {
      throw new InvalidInputException(
          "file", "is required: the UN consolidated list's XML, as the multipart part 'file'");
    }
    String user = currentUser.id();
    // Re-screening starts reviews for compliance, which the importer may not start in the engine.
    SanctionsService.Import imported = system.onBehalfOf(user, () -> importFrom(file, user));
    return ResponseEntity.created(URI.create(PATH)).body(imported);
  }

  @GetMapping
  ImportedSanctionsList current() {
    if (!currentUser.isInternal()) {
      throw new ForbiddenException("The sanctions list is the agency's staff's");
    }
    return sanctions
        .imported()
        .orElseThrow(
            () ->
                new NotFoundException(
                    "No sanctions list has been imported: partners are screened against the"
                        + " configured list (accord.due-diligence.sanctions-list)"));
  }

  private SanctionsService.Import importFrom(MultipartFile file, String user) {
    try (InputStream xml = file.getInputStream()) {
      return sanctions.importList(xml, user);
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
  }
}
