package cn.legalaid.shared.sms;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The {@link SmsSender} chosen by {@code legalaid.sms.provider}; in the demo profile it also keeps what it sent in the
 * {@link DemoSmsInbox}. A deployment with its own SMS platform client may declare its own {@code SmsSender} bean.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SmsProperties.class)
class SmsConfiguration {

	private static final Logger log = LoggerFactory.getLogger(SmsConfiguration.class);

	@Bean
	@ConditionalOnMissingBean(SmsSender.class)
	SmsSender smsSender(SmsProperties properties, ObjectProvider<DemoSmsInbox> demoInbox, Environment environment) {
		SmsSender provider = switch (properties.provider()) {
			case HTTP -> {
				log.info("Text messages go to the HTTP SMS provider at {}", properties.http().url());
				yield new HttpSmsSender(properties.http());
			}
			case LOG -> {
				if (!environment.matchesProfiles("demo | test")) {
					log.warn("legalaid.sms.provider=log: text messages (the portal's one-time codes) are only logged and "
							+ "reach no phone; set legalaid.sms.provider=http and LEGALAID_SMS_URL for production");
				}
				yield new LoggingSmsSender();
			}
		};
		DemoSmsInbox inbox = demoInbox.getIfAvailable();
		return inbox == null ? provider : inbox.keeping(provider);
	}
}
