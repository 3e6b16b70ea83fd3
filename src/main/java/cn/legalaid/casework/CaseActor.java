package cn.legalaid.casework;

/** Who performs a transition, as recorded in the timeline. */
public record CaseActor(String username, String displayName, String unitName) {

	public static CaseActor system(String name) {
		return new CaseActor("system", name, null);
	}
}
