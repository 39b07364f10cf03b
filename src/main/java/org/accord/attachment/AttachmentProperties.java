package org.accord.attachment;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits of uploads and the virus scanner. {@code maxSize} is the largest file kept; the multipart
 * limits follow it ({@code web.MultipartLimits}). The scanner is used when {@code clamav.host} is
 * set ({@code ACCORD_CLAMAV_HOST}); its {@code StreamMaxLength} must be above {@code maxSize}.
 */
@ConfigurationProperties("accord.attachments")
public record AttachmentProperties(
    @DefaultValue("20MB") DataSize maxSize, @DefaultValue Clamav clamav) {

  /** clamd's TCP socket, and how long to wait for it to answer before refusing the upload. */
  public record Clamav(
      String host,
      @DefaultValue("3310") int port,
      @DefaultValue("PT2S") Duration connectTimeout,
      @DefaultValue("PT60S") Duration readTimeout) {

    public boolean configured() {
      return host != null && !host.isBlank();
    }
  }
}
