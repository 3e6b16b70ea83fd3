package cn.legalaid.portal;

import cn.legalaid.shared.sms.DemoSmsInbox;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo inbox and its page exist only in the demo profile: without it neither bean is created, so
 * {@code /portal/demo/inbox} is not mapped (404). A small context of just these two classes, not the platform's.
 */
class DemoInboxProfileTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withUserConfiguration(DemoSmsInbox.class, DemoInboxController.class);

	@Test
	void withoutTheDemoProfileThereIsNoInboxAndNoPage() {
		runner.run(context -> assertThat(context).hasNotFailed()
			.doesNotHaveBean(DemoSmsInbox.class)
			.doesNotHaveBean(DemoInboxController.class));
		runner.withPropertyValues("spring.profiles.active=prod").run(context -> assertThat(context)
			.doesNotHaveBean(DemoInboxController.class));
	}

	@Test
	void inTheDemoProfileBothExist() {
		runner.withPropertyValues("spring.profiles.active=demo").run(context -> assertThat(context).hasNotFailed()
			.hasSingleBean(DemoSmsInbox.class)
			.hasSingleBean(DemoInboxController.class));
	}
}
