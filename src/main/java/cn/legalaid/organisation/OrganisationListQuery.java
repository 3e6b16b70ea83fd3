package cn.legalaid.organisation;

/**
 * The filters of the organisation list screen and its Excel export (层级、类型、状态、关键字、上级机构). Without any
 * filter the list shows the children of the actor's own unit; with one, it searches the whole data scope unless a
 * parent unit was chosen in the tree. Public only so that templates may read it.
 */
public record OrganisationListQuery(OrganisationLevel level, UnitKind kind, String q, String parent, Boolean active) {

	/** Whether the user narrowed the list by a filter of the form (the chosen parent does not count). */
	public boolean narrowed() {
		return level != null || kind != null || active != null || hasText(q);
	}

	public boolean parentChosen() {
		return hasText(parent);
	}

	/** The parent whose children are listed: the chosen one, or the default when nothing else narrows the list. */
	String effectiveParent(String defaultParent) {
		if (parentChosen()) {
			return parent.trim();
		}
		return narrowed() ? null : defaultParent;
	}

	OrganisationFilter toFilter(String defaultParent) {
		return new OrganisationFilter(level, effectiveParent(defaultParent), hasText(q) ? q.trim() : null, kind, active);
	}

	private static boolean hasText(String value) {
		return value != null && !value.isBlank();
	}
}
