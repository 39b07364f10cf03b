package org.accord.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** The demo users' shared password: set only in the demo profile. */
@ConfigurationProperties("accord.demo")
record DemoProperties(String password) {}
