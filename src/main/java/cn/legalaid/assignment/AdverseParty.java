package cn.legalaid.assignment;

/**
 * A party on the other side of the case (对方当事人), as the conflict check needs it.
 *
 * @param name              name of the person or organisation
 * @param idNumberIndex     blind index of the resident ID number, or {@code null} when not known
 * @param organisationName  the organisation's name when the party is (or acts for) one, else {@code null}
 */
public record AdverseParty(String name, String idNumberIndex, String organisationName) {

	public boolean hasIdNumber() {
		return idNumberIndex != null && !idNumberIndex.isBlank();
	}
}
