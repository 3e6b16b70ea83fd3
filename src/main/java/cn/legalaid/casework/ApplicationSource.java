package cn.legalaid.casework;

import java.util.Map;
import java.util.Optional;

import cn.legalaid.shared.Actor;

/**
 * A port for records that can be turned into an application at the window (转为申请), e.g. a consultation. Casework
 * defines it and knows no implementation; the module owning the source implements it (the way {@code assignment}
 * defines {@code AssignmentHistory}). The staff form at {@code /cases/new?source=kind&sourceId=id} asks it for
 * prefilled values, and the link is recorded in the same transaction as the new case, so a case and its source are
 * linked both ways or not at all.
 */
public interface ApplicationSource {

	/** Short name used in the form's {@code source} parameter, e.g. "consultation". */
	String kind();

	/** Form values for the application (e.g. "client.name", "cause"); empty when the actor may not use the source. */
	Optional<Map<String, String>> prefill(Actor actor, Long sourceId);

	/**
	 * Records that the source became this case. Runs inside the intake transaction: throwing a
	 * {@link cn.legalaid.shared.BusinessRuleException} (e.g. already turned into an application) rolls the case back.
	 */
	void linkCase(Actor actor, Long sourceId, Long caseId, String applicationNumber);

	/** The source of a case, for its detail screen ("来源咨询"). */
	Optional<SourceLink> sourceOf(Long caseId);

	/** A link to the record a case came from. */
	record SourceLink(String label, String text, String href) {
	}
}
