package org.accord.training.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** The limit counts per client address, and only the public pages and the check. */
class RegistrationRateLimitTest {

  private final RegistrationRateLimit.Limit limit = new RegistrationRateLimit.Limit(3);

  @Test
  void theFourthRequestOfAMinuteFromOneAddress_is429_whileAnotherAddressIsServed()
      throws Exception {
    for (int i = 0; i < 3; i++) {
      assertThat(send("10.0.0.1", "/training/sessions/7/register").getStatus()).isEqualTo(200);
    }
    MockHttpServletResponse refused = send("10.0.0.1", "/training/sessions/7/register");
    assertThat(refused.getStatus()).isEqualTo(429);
    assertThat(refused.getHeader("Retry-After")).isNotBlank();
    assertThat(refused.getContentAsString()).contains("Too many requests");
    assertThat(send("10.0.0.2", "/training/sessions/7/register").getStatus()).isEqualTo(200);
    assertThat(send("10.0.0.1", "/training/registration.css").getStatus()).isEqualTo(200);
  }

  @Test
  void theCertificateCheck_isLimitedToo_andAnsweredAsAProblem() throws Exception {
    for (int i = 0; i < 3; i++) {
      assertThat(send("10.0.0.3", "/api/certificates/TC-AAAA-BBBB-CCCC/verify").getStatus())
          .isEqualTo(200);
    }
    MockHttpServletResponse refused =
        send("10.0.0.3", "/api/certificates/TC-AAAA-BBBB-CCCC/verify");
    assertThat(refused.getStatus()).isEqualTo(429);
    assertThat(refused.getContentType()).isEqualTo("application/problem+json");
    assertThat(refused.getContentAsString()).contains("\"status\":429");
  }

  @Test
  void theSurveyPage_sharesTheAddresssAllowance() throws Exception {
    for (int i = 0; i < 3; i++) {
      assertThat(send("10.0.0.4", "/training/survey/some-token").getStatus()).isEqualTo(200);
    }
    assertThat(send("10.0.0.4", "/training/survey/some-token").getStatus()).isEqualTo(429);
    assertThat(send("10.0.0.4", "/training/sessions/7/register").getStatus()).isEqualTo(429);
  }

  private MockHttpServletResponse send(String address, String path) throws Exception {
    MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
    request.setRemoteAddr(address);
    MockHttpServletResponse response = new MockHttpServletResponse();
    limit.doFilter(request, response, new MockFilterChain());
    return response;
  }
}
