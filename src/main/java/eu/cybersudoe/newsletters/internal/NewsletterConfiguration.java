package eu.cybersudoe.newsletters.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Reads the delivery settings. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(NewsletterSettings.class)
class NewsletterConfiguration {
}
