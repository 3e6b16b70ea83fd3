package cn.legalaid.shared;

/**
 * Whether a record lies within the actor's data scope, with the reason in Chinese (for the operation log and for
 * tests; never shown to the caller, who only learns "not found").
 */
public record ScopeDecision(boolean covered, String reason) {

	static ScopeDecision covered(String reason) {
		return new ScopeDecision(true, reason);
	}

	static ScopeDecision refused(String reason) {
		return new ScopeDecision(false, reason);
	}
}
