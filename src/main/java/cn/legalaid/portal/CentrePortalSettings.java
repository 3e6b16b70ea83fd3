package cn.legalaid.portal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Per-centre portal settings (table {@code centre_portal_setting}); a centre without a row allows nothing extra. */
@Component
class CentrePortalSettings {

	private final JdbcClient jdbc;

	CentrePortalSettings(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Whether applicants of this centre may choose a lawyer from its published roster (点援制). */
	boolean applicantChoiceAllowed(Long centreId) {
		return jdbc.sql("SELECT applicant_choice_allowed FROM centre_portal_setting WHERE centre_id = :c")
			.param("c", centreId)
			.query(Boolean.class)
			.optional()
			.orElse(false);
	}

	void allowApplicantChoice(Long centreId, boolean allowed) {
		jdbc.sql("""
				INSERT INTO centre_portal_setting (centre_id, applicant_choice_allowed) VALUES (:c, :a)
				ON CONFLICT (centre_id) DO UPDATE SET applicant_choice_allowed = :a, updated_at = now()""")
			.param("c", centreId)
			.param("a", allowed)
			.update();
	}
}
