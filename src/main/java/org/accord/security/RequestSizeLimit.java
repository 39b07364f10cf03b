package org.accord.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Caps the body of a request to {@code /api}, {@code /engine-rest} and the webapps' APIs (whose
 * engine API is engine-rest behind a session): a larger one is answered 413 before it is read into
 * memory. Tomcat caps form posts and multipart uploads, not JSON.
 */
@Configuration(proxyBeanMethods = false)
class RequestSizeLimit {

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> requestBodyLimit(
      @Value("${accord.max-request-body:1MB}") DataSize limit) {
    FilterRegistrationBean<OncePerRequestFilter> registration =
        new FilterRegistrationBean<>(new Limit(limit.toBytes()));
    registration.addUrlPatterns("/api/*", "/engine-rest/*", "/camunda/api/*");
    registration.setName("requestBodyLimit");
    return registration;
  }

  static final class Limit extends OncePerRequestFilter {

    private final long maxBytes;

    Limit(long maxBytes) {
      this.maxBytes = maxBytes;
    }

    @Override
    protected void doFilterInternal(
        HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      String type = request.getContentType();
      // Deployments and file uploads are multipart: Tomcat's multipart limits apply to them.
      if (type != null && type.startsWith("multipart/")) {
        chain.doFilter(request, response);
        return;
      }
      if (request.getContentLengthLong() > maxBytes) {
        response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        return;
      }
      // A chunked body gives no length: count it as it is read.
      chain.doFilter(new Counted(request, maxBytes), response);
    }
  }

  private static final class Counted extends HttpServletRequestWrapper {

    private final long maxBytes;

    Counted(HttpServletRequest request, long maxBytes) {
      super(request);
      this.maxBytes = maxBytes;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      ServletInputStream body = super.getInputStream();
      return new ServletInputStream() {
        private long read;

        @Override
        public int read() throws IOException {
          int next = body.read();
          if (next >= 0 && ++read > maxBytes) {
            throw new IOException("Request body over " + maxBytes + " bytes");
          }
          return next;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
          int count = body.read(buffer, offset, length);
          if (count > 0 && (read += count) > maxBytes) {
            throw new IOException("Request body over " + maxBytes + " bytes");
          }
          return count;
        }

        @Override
        public boolean isFinished() {
          return body.isFinished();
        }

        @Override
        public boolean isReady() {
          return body.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
          body.setReadListener(listener);
        }
      };
    }
  }
}
