package org.accord.currency.web;

import java.math.BigDecimal;
import java.util.List;
import org.accord.currency.CurrencyService;
import org.accord.currency.ExchangeRate;
import org.accord.security.CurrentUser;
import org.accord.shared.ForbiddenException;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/exchange-rates")
class ExchangeRateController {

  record RateUpdate(BigDecimal usdPerUnit) {}

  private final CurrencyService currencies;
  private final CurrentUser currentUser;

  ExchangeRateController(CurrencyService currencies, CurrentUser currentUser) {
    this.currencies = currencies;
    this.currentUser = currentUser;
  }

  @GetMapping
  List<ExchangeRate> list() {
    return currencies.all();
  }

  @PutMapping("/{currency}")
  ExchangeRate update(@PathVariable String currency, @RequestBody RateUpdate update) {
    if (!currentUser.isMemberOf(Groups.CAMUNDA_ADMIN)) {
      throw new ForbiddenException("Only administrators update exchange rates");
    }
    return currencies.update(currency, update.usdPerUnit(), currentUser.id());
  }
}
