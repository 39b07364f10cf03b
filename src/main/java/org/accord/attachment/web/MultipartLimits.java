package org.accord.attachment.web;

import jakarta.servlet.MultipartConfigElement;
import org.accord.attachment.AttachmentProperties;
import org.springframework.boot.autoconfigure.web.servlet.MultipartProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * Tomcat's multipart limits, raised to {@code accord.attachments.max-size} when that is larger than
 * {@code spring.servlet.multipart.*}: Tomcat stops reading a file part at the limit (and a request
 * whose declared length is over it, before reading), so an upload too large is never kept whole,
 * not even in its temporary file. The request may be a little larger than the file, for the other
 * parts.
 */
@Configuration(proxyBeanMethods = false)
class MultipartLimits {

  private static final DataSize OTHER_PARTS = DataSize.ofKilobytes(64);

  @Bean
  MultipartConfigElement multipartConfigElement(
      MultipartProperties multipart, AttachmentProperties attachments) {
    DataSize file = larger(multipart.getMaxFileSize(), attachments.maxSize());
    DataSize request =
        larger(
            multipart.getMaxRequestSize(),
            DataSize.ofBytes(attachments.maxSize().toBytes() + OTHER_PARTS.toBytes()));
    MultipartConfigElement defaults = multipart.createMultipartConfig();
    return new MultipartConfigElement(
        defaults.getLocation(), file.toBytes(), request.toBytes(), defaults.getFileSizeThreshold());
  }

  private static DataSize larger(DataSize one, DataSize other) {
    return one.compareTo(other) >= 0 ? one : other;
  }
}
