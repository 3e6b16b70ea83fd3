package cn.legalaid.casework;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The written decision on an application (art 43): grant or refuse, with reasons and legal basis; a refusal names its
 * grounds (codes of {@link RefusalGround}, comma-separated); a decision against the review's recommendation keeps
 * the reason it was taken all the same.
 */
public record Decision(Boolean granted, String reasons, String basis, String decidedBy, Instant decidedAt,
		boolean provisionalAid, @JsonIgnore String grounds, String overrideReason) {

	/** The refusal's grounds as codes of {@link RefusalGround}, in the order chosen (empty for a grant). */
	@JsonProperty("grounds")
	public List<String> groundCodes() {
		return RefusalGround.parse(grounds).stream().map(Enum::name).toList();
	}

	/** The refusal's grounds in Chinese, in the order chosen. */
	@JsonProperty("groundLabels")
	public List<String> groundLabels() {
		return RefusalGround.parse(grounds).stream().map(RefusalGround::labelZh).toList();
	}
}
