package org.accord.notification;

import java.math.BigDecimal;

/**
 * An amount of money in a message's model, written in each recipient's language when the message is
 * rendered (USD 12,345.67; 12 345,67 USD; 12.345,67 USD), the currency always by its ISO code.
 */
public record Amount(BigDecimal value, String currency) {}
