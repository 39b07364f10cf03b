package org.accord.notification;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

/** Whether a text is a single, plain e-mail address, as Jakarta Mail judges it strictly. */
final class EmailAddresses {

  private EmailAddresses() {}

  static boolean isValid(String address) {
    if (address == null || address.isBlank() || address.length() > 320) {
      return false;
    }
    try {
      InternetAddress parsed = new InternetAddress(address, true);
      parsed.validate();
      return parsed.getAddress().equals(address) && address.indexOf('@') > 0;
    } catch (AddressException malformed) {
      return false;
    }
  }
}
