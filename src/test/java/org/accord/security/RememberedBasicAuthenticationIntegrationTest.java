package org.accord.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicLong;
import org.accord.testing.AccordIntegrationTest;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;

@AccordIntegrationTest
class RememberedBasicAuthenticationIntegrationTest {

  private static final String USER = "remembered";
  private static final String PASSWORD = "Remember-Me-42";

  @Autowired ProcessEngine engine;
  @Autowired IdentityService identityService;

  private final AtomicLong nanos = new AtomicLong();
  private RememberedBasicAuthentication authentication;

  @BeforeEach
  void aUserOfItsOwn() {
    identityService.deleteUser(USER);
    User user = identityService.newUser(USER);
    user.setPassword(PASSWORD);
    identityService.saveUser(user);
    identityService.createMembership(USER, "partnership-officers");
    authentication = new RememberedBasicAuthentication(Duration.ofSeconds(10), nanos::get);
  }

  @Test
  void aUserLetIn_isLetInWithTheirGroups_andTheirGroupsAreNotAskedForAgain() {
    AuthenticationResult first = authentication.extractAuthenticatedUser(basic(PASSWORD), engine);
    identityService.deleteMembership(USER, "partnership-officers");
    AuthenticationResult second = authentication.extractAuthenticatedUser(basic(PASSWORD), engine);

    assertThat(first.isAuthenticated()).isTrue();
    assertThat(first.getGroups()).containsExactly("partnership-officers");
    assertThat(second.getGroups()).as("remembered, not read again").isEqualTo(first.getGroups());
  }

  @Test
  void aMembershipChangedHere_isReadAgainAtOnce() {
    authentication.extractAuthenticatedUser(basic(PASSWORD), engine);
    identityService.createMembership(USER, "legal");
    authentication.forget(new MembershipChanged(USER));

    assertThat(authentication.extractAuthenticatedUser(basic(PASSWORD), engine).getGroups())
        .containsExactlyInAnyOrder("partnership-officers", "legal");
  }

  @Test
  void aWrongPassword_isRefused_evenJustAfterTheRightOneWasLetIn() {
    assertThat(authentication.extractAuthenticatedUser(basic(PASSWORD), engine).isAuthenticated())
        .isTrue();

    assertThat(
            authentication
                .extractAuthenticatedUser(basic("Not-The-Password-1"), engine)
                .isAuthenticated())
        .isFalse();
  }

  @Test
  void aChangedPassword_worksAtOnce_andTheOldOneStopsWorkingWhenItsWhileIsOver() {
    authentication.extractAuthenticatedUser(basic(PASSWORD), engine);
    User user = identityService.createUserQuery().userId(USER).singleResult();
    user.setPassword("Changed-Password-7");
    identityService.saveUser(user);

    assertThat(
            authentication
                .extractAuthenticatedUser(basic("Changed-Password-7"), engine)
                .isAuthenticated())
        .isTrue();
    assertThat(authentication.extractAuthenticatedUser(basic(PASSWORD), engine).isAuthenticated())
        .as("within the remembered while")
        .isTrue();
    nanos.addAndGet(Duration.ofSeconds(11).toNanos());
    assertThat(authentication.extractAuthenticatedUser(basic(PASSWORD), engine).isAuthenticated())
        .isFalse();
  }

  @Test
  void noCredentials_orNoColon_isRefused() {
    assertThat(
            authentication
                .extractAuthenticatedUser(new MockHttpServletRequest(), engine)
                .isAuthenticated())
        .isFalse();
    MockHttpServletRequest noColon = new MockHttpServletRequest();
    noColon.addHeader(
        "Authorization",
        "Basic " + Base64.getEncoder().encodeToString(USER.getBytes(StandardCharsets.UTF_8)));
    assertThat(authentication.extractAuthenticatedUser(noColon, engine).isAuthenticated())
        .isFalse();
  }

  private static MockHttpServletRequest basic(String password) {
    MockHttpServletRequest request = new MockHttpServletRequest();
    request.addHeader(
        "Authorization",
        "Basic "
            + Base64.getEncoder()
                .encodeToString((USER + ":" + password).getBytes(StandardCharsets.UTF_8)));
    return request;
  }
}
