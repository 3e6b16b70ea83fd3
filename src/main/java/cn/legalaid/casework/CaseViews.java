package cn.legalaid.casework;

import cn.legalaid.shared.crypto.PersonalDataProtector;
import org.springframework.stereotype.Component;

/** Makes the {@link CaseView} of a case: personal data masked, paused clocks with the time they have left. */
@Component
class CaseViews {

	private final PersonalDataProtector protector;

	private final CaseClocks clocks;

	CaseViews(PersonalDataProtector protector, CaseClocks clocks) {
		this.protector = protector;
		this.clocks = clocks;
	}

	CaseView of(LegalAidCase c) {
		return CaseView.of(c, protector, clock -> clocks.leftWhilePaused(clock, c.getCentrePath()), true);
	}

	/** With personal data in full: only for an official document, whose printing is logged as a view. */
	CaseView unmasked(LegalAidCase c) {
		return CaseView.of(c, protector, clock -> clocks.leftWhilePaused(clock, c.getCentrePath()), false);
	}
}
