package org.accord.currency.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.accord.currency.CurrencyService;
import org.accord.currency.ExchangeRate;
import org.accord.security.CurrentUser;
import org.accord.security.Roles;
import org.accord.shared.ForbiddenException;
import org.accord.shared.InvalidInputException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Exchange rates by date: everyone reads them; administrators record one; finance and
 * administrators import the UN operational rates of exchange.
 */
@RestController
@RequestMapping("/api/exchange-rates")
class ExchangeRateController {

  private static final String PATH = "/api/exchange-rates";

  /** A rate in US dollars per unit, in force from {@code effectiveDate} (today if absent). */
  record RateUpdate(BigDecimal usdPerUnit, LocalDate effectiveDate) {}

  private final CurrencyService currencies;
  private final CurrentUser currentUser;

  ExchangeRateController(CurrencyService currencies, CurrentUser currentUser) {
    this.currencies = currencies;
    this.currentUser = currentUser;
  }

  @GetMapping
  List<ExchangeRate> list(
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate date) {
    return date == null ? currencies.inForceToday() : currencies.inForceOn(date);
  }

  @GetMapping("/{currency}/history")
  List<ExchangeRate> history(@PathVariable String currency) {
    return currencies.history(currency);
  }

  @PutMapping("/{currency}")
  ExchangeRate update(@PathVariable String currency, @RequestBody RateUpdate update) {
    if (!currentUser.isMemberOf(Roles.ADMINISTRATORS)) {
      throw new ForbiddenException("Only administrators update exchange rates");
    }
    return currencies.record(
        currency, update.usdPerUnit(), update.effectiveDate(), currentUser.id());
  }

  /** 201 when the table recorded rates; 200 when every one of them was recorded already. */
  @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ResponseEntity<CurrencyService.RateImport> importOperationalRates(
      @RequestPart(name = "file", required = false) MultipartFile file) {
    if (!currentUser.isMemberOf(Roles.FINANCE) && !currentUser.isMemberOf(Roles.ADMINISTRATORS)) {
      throw new ForbiddenException("Only finance and administrators import exchange rates");
    }
    if (file == null) {
      throw new InvalidInputException(
          "file", "is required: the UN operational rates as CSV, as the multipart part 'file'");
    }
    CurrencyService.RateImport imported;
    try (InputStream csv = file.getInputStream()) {
      imported = currencies.importOperationalRates(csv, currentUser.id());
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
    return imported.recorded() > 0
        ? ResponseEntity.created(URI.create(PATH)).body(imported)
        : ResponseEntity.ok(imported);
  }
}
