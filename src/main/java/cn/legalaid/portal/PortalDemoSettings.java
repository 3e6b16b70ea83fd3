package cn.legalaid.portal;

import cn.legalaid.organisation.OrganisationDirectory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** Demo: 南京市玄武区法律援助中心 (320102) lets applicants choose a lawyer from its roster. */
@Component
@Profile("demo")
class PortalDemoSettings implements ApplicationRunner {

	static final String CHOICE_CENTRE = "320102";

	private final OrganisationDirectory organisations;

	private final CentrePortalSettings settings;

	PortalDemoSettings(OrganisationDirectory organisations, CentrePortalSettings settings) {
		this.organisations = organisations;
		this.settings = settings;
	}

	@Override
	public void run(ApplicationArguments args) {
		organisations.findByCode(CHOICE_CENTRE).ifPresent(c -> settings.allowApplicantChoice(c.id(), true));
	}
}
