package org.accord.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * HTTP Basic against Camunda's identity service, remembered for a short while: an API client sends
 * its credentials with every request, and checking the password and reading the user's groups and
 * tenants took three queries each time. Only a success is remembered, keyed by a keyed hash of the
 * whole header (never the password itself), so a wrong password is always checked, and counts
 * towards Camunda's login throttling. A deputy's groups lent or given back are read again at once
 * on the node that changed them; any other change of password, membership or user (Camunda Admin,
 * another node) takes effect after {@code remembered} at most.
 */
class RememberedBasicAuthentication extends HttpBasicAuthenticationProvider {

  private final Cache<String, AuthenticationResult> remembered;
  private final Mac keyedHash;

  RememberedBasicAuthentication(Duration remembered, Ticker ticker) {
    this.remembered =
        Caffeine.newBuilder()
            .expireAfterWrite(remembered)
            .maximumSize(10_000)
            .ticker(ticker)
            .build();
    this.keyedHash = keyedHash();
  }

  @Override
  public AuthenticationResult extractAuthenticatedUser(
      HttpServletRequest request, ProcessEngine engine) {
    String header = request.getHeader(HttpHeaders.AUTHORIZATION);
    if (header == null) {
      return AuthenticationResult.unsuccessful();
    }
    String key = hash(engine.getName() + "\n" + header);
    AuthenticationResult known = remembered.getIfPresent(key);
    if (known != null) {
      return known;
    }
    AuthenticationResult checked = super.extractAuthenticatedUser(request, engine);
    if (checked.isAuthenticated()) {
      IdentityService identity = engine.getIdentityService();
      String user = checked.getAuthenticatedUser();
      checked.setGroups(UserGroups.of(identity, user));
      checked.setTenants(
          identity.createTenantQuery().userMember(user).includingGroupsOfUser(true).list().stream()
              .map(Tenant::getId)
              .toList());
      remembered.put(key, checked);
    }
    return checked;
  }

  /** After the commit that changed them, or at once outside a transaction. */
  @TransactionalEventListener(fallbackExecution = true)
  void forget(MembershipChanged changed) {
    remembered
        .asMap()
        .values()
        .removeIf(known -> changed.userId().equals(known.getAuthenticatedUser()));
  }

  private String hash(String header) {
    try {
      Mac mac = (Mac) keyedHash.clone();
      return HexFormat.of().formatHex(mac.doFinal(header.getBytes(StandardCharsets.UTF_8)));
    } catch (CloneNotSupportedException unexpected) {
      throw new IllegalStateException(unexpected);
    }
  }

  /** A key of this process's own: the hashes mean nothing outside it, in a heap dump either. */
  private static Mac keyedHash() {
    try {
      byte[] key = new byte[32];
      new SecureRandom().nextBytes(key);
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac;
    } catch (GeneralSecurityException unavailable) {
      throw new IllegalStateException("HmacSHA256 is part of every Java runtime", unavailable);
    }
  }
}
