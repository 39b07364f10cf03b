package org.accord.publication.web;

import java.net.URI;
import org.accord.publication.Publication;
import org.accord.publication.PublicationInput;
import org.accord.publication.PublicationPage;
import org.accord.publication.PublishedReports;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Published reports: managers publish, partners and the agency's staff list and download what they
 * may read (another partner's publication: 404, as if it did not exist).
 */
@RestController
@RequestMapping("/api/publications")
class PublicationController {

  private final PublishedReports reports;

  PublicationController(PublishedReports reports) {
    this.reports = reports;
  }

  @PostMapping
  ResponseEntity<Publication> publish(@RequestBody PublicationInput input) {
    Publication published = reports.publish(input);
    return ResponseEntity.created(URI.create("/api/publications/" + published.id()))
        .body(published);
  }

  @GetMapping
  PublicationPage list(
      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
    return reports.list(page, size);
  }

  @GetMapping("/{id}")
  Publication publication(@PathVariable long id) {
    return reports.require(id);
  }

  /** The PDF as published, to save, with its SHA-256 to check it by. */
  @GetMapping("/{id}/pdf")
  ResponseEntity<byte[]> pdf(@PathVariable long id) {
    Publication publication = reports.require(id);
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename("accord-report-" + id + ".pdf")
                .build()
                .toString())
        .header("X-Content-SHA256", publication.sha256())
        .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
        .body(reports.content(id));
  }
}
