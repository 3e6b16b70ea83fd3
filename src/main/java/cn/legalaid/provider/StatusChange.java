package cn.legalaid.provider;

/** The reason given for suspending or reinstating a provider or practitioner (暂停/恢复原因). */
record StatusChange(String reason) {

	static String reasonOf(StatusChange change) {
		return change == null ? null : change.reason();
	}
}
