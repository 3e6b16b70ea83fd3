package cn.legalaid.quality;

/** One respondent of a complaint as stored. */
public record ComplaintRespondent(Long id, RespondentKind kind, String name, Long organisationId, Long providerId,
		Long practitionerId, String staffUsername) {

	public String label() {
		return kind.labelZh() + " " + name;
	}
}
